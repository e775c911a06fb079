/** A content problem, named by file and field so the author can find it. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** "articles/en/x.mdx: sources.0.url: Invalid URL" from a zod error. */
export function describeZodIssues(file: string, issues: { path: PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${file}: ${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
}

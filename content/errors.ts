/**
 * One content file as read from disk. It lives here, beside the error helpers both validators
 * use, so validate.ts and validateScripts.ts do not import each other.
 */
export type RawFile = { file: string; locale: string; slug: string; text: string };

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

type SafeParser<T> = { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };

/** Parses a JSON content file against a schema; on failure pushes messages naming the file and field, and returns null. */
export function parseJsonFile<T>(f: { file: string; text: string }, schema: SafeParser<T>, problems: string[]): T | null {
  let json: unknown;
  try {
    json = JSON.parse(f.text);
  } catch (e) {
    problems.push(`${f.file}: (root): not valid JSON: ${(e as Error).message}`);
    return null;
  }
  const r = schema.safeParse(json);
  if (!r.success) {
    problems.push(...describeZodIssues(f.file, r.error.issues));
    return null;
  }
  return r.data;
}

// The terminology check: one word for each term of art, in every file of a language. Pure: it
// takes file texts and the language's sheet (content/terminology/{locale}.json) and returns a
// problem per line, naming the file, the line, the variant found and the term to use instead.
import type { Terminology } from './schema';

export type TextFile = { file: string; text: string };

const letter = String.raw`[\p{L}\p{N}]`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string) => new RegExp(`(?<!${letter})${escape(s)}(?!${letter})`, 'giu');

/**
 * The lines a reader reads, with their numbers. Source titles are left out (an English paper keeps
 * its English title), as are addresses, markup tags and MDX frontmatter keys other than prose.
 */
export function proseLines(f: TextFile): { line: number; text: string; body: boolean }[] {
  const out: { line: number; text: string; body: boolean }[] = [];
  const lines = f.text.split('\n');
  const mdx = f.file.endsWith('.mdx');
  let frontmatter = mdx && lines[0] === '---';
  let skipIndent = -1;
  lines.forEach((raw, i) => {
    if (mdx && i > 0 && frontmatter && raw === '---') {
      frontmatter = false;
      return;
    }
    const indent = raw.length - raw.trimStart().length;
    if (skipIndent >= 0) {
      // Inside a sources list: until a line at the list's own indent that is not its closing bracket.
      if (indent > skipIndent || /^\s*[\]}],?\s*$/.test(raw)) return;
      skipIndent = -1;
    }
    if (/^\s*"?(sources|source)"?\s*:/.test(raw)) {
      if (!/[\]}],?\s*$/.test(raw)) skipIndent = indent;
      return;
    }
    if (/^\s*"?(url|publisher|lang|id|link|slug|file)"?\s*:/.test(raw)) return;
    // In JSON only string values are prose: keys are names in code ("gdpr", "apps-and-websites").
    // In MDX frontmatter likewise: the value of `title: "…"`, not the key or the YAML quotes.
    const prose = !mdx ? jsonValues(raw) : frontmatter ? yamlValue(raw) : raw;
    const text = prose.replace(/<[^>]+>/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/\{#[a-z0-9-]+\}/g, ' ');
    out.push({ line: i + 1, text, body: mdx ? !frontmatter : true });
  });
  return out;
}

const jsonString = String.raw`"((?:[^"\\]|\\.)*)"`;
const unescape = (s: string) => s.replace(/\\(["\\])/g, '$1');
// A list item that is a hyphenated slug is an id (a handout's `questions`, e.g.
// "rights-gdpr-object-to-research"), not prose; a single-word prose item ("bien") still is.
const slugItem = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
function jsonValues(line: string): string {
  const item = line.match(new RegExp(`^\\s*${jsonString}\\s*,?\\s*$`));
  if (item) return slugItem.test(item[1]) ? '' : unescape(item[1]);
  return [...line.matchAll(new RegExp(`:\\s*${jsonString}`, 'g'))].map((m) => unescape(m[1])).join(' ');
}
/** `title: "A \"b\""` or `  - "A point"` → the text; lists of ids (`[…]`) and dates are not prose. */
function yamlValue(line: string): string {
  const value = line.replace(/^\s*(?:-\s+)?(?:[\w-]+:\s*)?/, '');
  if (/^\[/.test(value)) return '';
  const quoted = value.match(/^"(.*)"\s*$/);
  return quoted ? unescape(quoted[1]) : value;
}

export function findTermProblems(files: TextFile[], sheet: Terminology): string[] {
  const problems: string[] = [];
  const patterns = sheet.patterns.map((p) => ({ ...p, re: new RegExp(p.pattern, 'gu') }));
  for (const f of files) {
    for (const { line, text } of proseLines(f)) {
      for (const term of sheet.terms) {
        const allowed = (term.allow ?? []).flatMap((a) => [...text.matchAll(new RegExp(escape(a), 'giu'))].map((m) => [m.index!, m.index! + m[0].length]));
        for (const variant of term.forbidden) {
          for (const m of text.matchAll(word(variant))) {
            const at = m.index!;
            if (allowed.some(([s, e]) => at >= s && at + m[0].length <= e)) continue;
            problems.push(`${f.file}:${line}: "${m[0]}" → use "${term.preferred}" (${term.key})`);
          }
        }
      }
      for (const p of patterns) for (const m of text.matchAll(p.re)) problems.push(`${f.file}:${line}: "${m[0]}" → write "${p.preferred}" (${p.key})`);
    }
  }
  return problems;
}

/**
 * Abbreviations a page uses must be written out where they first appear: "RGPD" first as
 * "Reglamento General de Protección de Datos (RGPD)". Checked per page (an article's body, a
 * handout, a checklist), not for short strings shown one at a time.
 */
export function findFirstMentionProblems(pages: TextFile[], sheet: Terminology): string[] {
  const problems: string[] = [];
  for (const f of pages) {
    const lines = proseLines(f).filter((l) => l.body);
    for (const { abbr, full } of sheet.firstMention) {
      const re = new RegExp(`(?<!${letter})${escape(abbr)}(?!${letter})`, 'u');
      const first = lines.find((l) => re.test(l.text));
      if (!first) continue;
      const at = first.text.search(re);
      const start = at - full.indexOf(abbr);
      if (start < 0 || first.text.slice(start, start + full.length).toLowerCase() !== full.toLowerCase()) {
        problems.push(`${f.file}:${first.line}: first use of "${abbr}" must be written out: "${full}"`);
      }
    }
  }
  return problems;
}

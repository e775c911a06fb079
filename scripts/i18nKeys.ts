import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { routing } from '../i18n/routing.ts';

type Messages = { [key: string]: string | Messages };

export function flattenKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Literal keys and template-literal patterns (`nav.${x}` → /^nav\..+$/) found in one source file. */
function keyPatterns(source: string): RegExp[] {
  const literals = [...source.matchAll(/(['"])([A-Za-z0-9_.]+)\1/g)].map(([, , s]) => new RegExp(`^${escapeRe(s)}$`));
  const templates = [...source.matchAll(/`([^`]*\$\{[^`]*)`/g)].map(([, body]) => {
    const pattern = body.split(/\$\{[^}]*\}/).map(escapeRe).join('.+');
    return new RegExp(`^${pattern}$`);
  });
  return [...literals, ...templates];
}

/**
 * Problems with the message catalogues: keys missing from a locale, and keys that no source
 * file using their namespace could read. `sources` maps file names to their text.
 */
export function checkMessages(messages: Record<string, Messages>, sources: Record<string, string>, locales: readonly string[]): string[] {
  const problems: string[] = [];
  const keysByLocale = Object.fromEntries(locales.map((l) => [l, new Set(messages[l] ? flattenKeys(messages[l]) : [])]));
  const all = new Set(Object.values(keysByLocale).flatMap((s) => [...s]));
  for (const locale of locales) {
    if (!messages[locale]) problems.push(`content/messages/${locale}.json is missing`);
    for (const key of all) if (!keysByLocale[locale].has(key)) problems.push(`${locale}: missing "${key}"`);
  }
  for (const key of [...all].sort()) {
    const [namespace, ...rest] = key.split('.');
    const inner = rest.join('.');
    const users = Object.entries(sources).filter(([, text]) => new RegExp(`['"\`]${escapeRe(namespace)}['"\`]`).test(text));
    const used = users.some(([, text]) => keyPatterns(text).some((re) => re.test(inner)));
    if (!used) problems.push(`unused "${key}" (no file using namespace ${namespace} reads it)`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|mdx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

export function findMessageProblems(root: string): string[] {
  const messages = Object.fromEntries(
    routing.locales.map((l) => {
      try {
        return [l, JSON.parse(readFileSync(join(root, 'content/messages', `${l}.json`), 'utf8'))];
      } catch {
        return [l, undefined];
      }
    }),
  );
  const files = ['app', 'components', 'content'].flatMap((d) => sourceFiles(join(root, d)));
  const sources = Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
  return checkMessages(messages, sources, routing.locales);
}

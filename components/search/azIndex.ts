/** `print`: the full address printed after the link on paper. */
export type AzEntry = { label: string; href: string; print?: string };
export type AzGroup<E extends AzEntry = AzEntry> = { letter: string; entries: E[] };

/** The letter an entry files under: its first letter without accents ("Ó" under "O"); digits and signs under "#". */
export function letterOf(label: string): string {
  const first = label.normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]/u)?.[0] ?? '#';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase() : '#';
}

/** Entries grouped by letter and sorted the way the language sorts; "#" last; duplicates (same label and link) once. */
export function groupAz<E extends AzEntry>(entries: readonly E[], locale: string): AzGroup<E>[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const seen = new Set<string>();
  const unique = entries.filter((e) => !seen.has(`${e.label}\n${e.href}`) && seen.add(`${e.label}\n${e.href}`));
  const groups = new Map<string, E[]>();
  for (const e of [...unique].sort((a, b) => collator.compare(a.label, b.label) || a.href.localeCompare(b.href))) {
    const letter = letterOf(e.label);
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collator.compare(a, b)))
    .map(([letter, list]) => ({ letter, entries: list }));
}

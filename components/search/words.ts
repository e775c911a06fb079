/**
 * The words a typo can be corrected to: distinct, lowercase, at least four letters, the most
 * frequent first (so a tie in distance goes to the commoner word). Built at export time from
 * titles, headings and the glossary; words of three letters or fewer are never corrected anyway.
 */
export function distinctWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      if ([...word].length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([w]) => w);
}

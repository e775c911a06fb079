/** Lowercase without accents: "Desidentificación" and "desidentificacion" compare equal. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Damerau–Levenshtein (optimal string alignment): swaps of two neighbours cost 1, as in "dicmo". */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    // Every later row is at least this row's minimum: stop once it is over the limit.
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/** How far a word may be from a known one: short words tolerate less, or every word would match. */
export const maxDistance = (length: number) => (length < 4 ? 0 : length <= 5 ? 1 : 2);

/** The closest known word (as listed, with its accents), or undefined when none is near enough or the word is known. */
export function nearestWord(word: string, known: readonly string[]): string | undefined {
  const w = fold(word);
  const limit = maxDistance([...w].length);
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const c = fold(candidate);
    if (c === w) return undefined;
    const d = editDistance(w, c, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Each word of the query replaced by its nearest known word where it has one; `changed` says whether any was. */
export function correctQuery(query: string, known: readonly string[]): { query: string; changed: boolean } {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const near = nearestWord(word, known);
    if (!near) return word;
    changed = true;
    return near;
  });
  return { query: corrected, changed };
}

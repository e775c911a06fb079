/** Longer than any real question; keeps a pasted page or a crafted link from slowing the search. */
export const MAX_QUERY_LENGTH = 120;

/** Control characters out, spaces collapsed, cut to MAX_QUERY_LENGTH characters (not UTF-16 halves). */
export function cleanQuery(raw: string): string {
  const text = raw.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The `q` value of a query string or fragment. URLSearchParams never throws on a broken escape such as %E0%A4%A. */
function param(part: string): string | null {
  return new URLSearchParams(part.replace(/^[#?]/, '')).get('q');
}

/**
 * The query a page was opened with: the fragment (`#q=`) wins, as that is where this page
 * keeps it; `?q=` comes from the no-JavaScript form or a shared link. `from` says where it was
 * found (the caller moves a `?q=` into the fragment), or null when the address holds none,
 * as after a jump to #a-z.
 */
export function readQuery(hash: string, search: string): { query: string; from: 'hash' | 'search' | null } {
  const fromHash = param(hash);
  if (fromHash !== null) return { query: cleanQuery(fromHash), from: 'hash' };
  const fromSearch = param(search);
  return { query: cleanQuery(fromSearch ?? ''), from: fromSearch === null ? null : 'search' };
}

/** The fragment that holds a query; empty for an empty query. */
export const queryFragment = (query: string) => (query ? `#q=${encodeURIComponent(query)}` : '');

// Tool state lives in the URL fragment (#…): browsers never send it to a server, and a
// bookmark or a shared link carries it. These helpers are shared by every tool.

/** Longer fragments are cut here before parsing, so a pasted giant link cannot hang the page. */
export const MAX_FRAGMENT_LENGTH = 16_000;

export function parseFragment(hash: string): { params: URLSearchParams; truncated: boolean } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const truncated = raw.length > MAX_FRAGMENT_LENGTH;
  return { params: new URLSearchParams(truncated ? raw.slice(0, MAX_FRAGMENT_LENGTH) : raw), truncated };
}

/**
 * Whether a fragment is a plain jump to a part of the page (`#paid-in-full`, from a search
 * result or a table of contents) rather than a tool's state (`#done=a,b`). A tool must read it
 * as "no state": never as a damaged link, and never written over what the reader kept.
 */
export function isPlainAnchor(hash: string): boolean {
  return /^#?[A-Za-z][\w-]*$/.test(hash);
}

/** `{ done: 'a,b' }` → `#done=a,b`; empty values are left out, and no state gives ''. */
export function buildFragment(entries: Record<string, string | undefined>): string {
  const parts = Object.entries(entries)
    .filter(([, v]) => v)
    // Commas are safe in fragments and keep links readable, so they are not escaped.
    .map(([k, v]) => `${k}=${encodeURIComponent(v!).replace(/%2C/g, ',')}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Puts the fragment in the address bar without adding a history entry or scrolling. */
export function replaceFragment(fragment: string) {
  const url = `${window.location.pathname}${window.location.search}${fragment}`;
  window.history.replaceState(window.history.state, '', url);
}

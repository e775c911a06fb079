/** A run of excerpt text; `mark` when Pagefind matched it. */
export type ExcerptPart = { text: string; mark: boolean };

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind writes (named few, decimal, hex); anything unknown stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return named[body.toLowerCase()] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Invalid or surrogate code points would throw in fromCodePoint or make broken text.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Pagefind's excerpt is HTML: escaped text with <mark> around matched words. We turn it into
 * plain parts and let React render them, so no markup from the index reaches the page as HTML.
 * Any other tag is dropped; an unclosed <mark> runs to the end; adjacent parts merge.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let at = 0;
  for (const m of html.matchAll(/<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi)) {
    push(html.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1].toLowerCase() === 'mark') mark = !m[0].startsWith('</');
  }
  push(html.slice(at));
  return parts;
}

// Sends the words of a page's static parts (article bodies, the question generator's
// no-JavaScript list) once instead of twice.
//
// A prerendered App Router page carries its content two ways: as HTML, and again inside the
// inline scripts (`self.__next_f.push`) as the React Server Components payload ("flight") that
// React hydrates from. For an article that is almost all server-rendered text, the second copy
// was about a third of the compressed page. Parts of a page marked with <StaticHtml> contain no
// client component: their HTML never changes after it arrives. Here, after `next build`, their
// element in the payload loses its children and gets an empty dangerouslySetInnerHTML instead.
// React hydrates such an element without looking inside it, so the HTML the server sent stays
// exactly as it is, and the children's rows, now unreferenced, are dropped from the payload.
//
// Fails loudly rather than guessing: a marked part that holds a client component, or a payload
// in a shape this does not know, is an error at build time, not a page that breaks in a browser.

export const marker = 'data-static-html';

const pushScript = /<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;

/** Rows of a flight payload: `id:content\n`, or `id:T<hex byte length>,<text>` for long text. */
export function parseRows(flight) {
  const bytes = Buffer.from(flight, 'utf8');
  const rows = [];
  let i = 0;
  while (i < bytes.length) {
    const colon = bytes.indexOf(0x3a, i);
    if (colon < 0) throw new Error(`staticHtml: a payload row without an id at byte ${i}`);
    const id = bytes.subarray(i, colon).toString('utf8');
    if (!/^[0-9a-f]*$/.test(id)) throw new Error(`staticHtml: unexpected payload row id "${id.slice(0, 20)}"`);
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString('utf8'), 16);
      rows.push({ id, text: bytes.subarray(comma + 1, comma + 1 + length).toString('utf8') });
      i = comma + 1 + length;
    } else {
      let end = bytes.indexOf(0x0a, colon);
      if (end < 0) end = bytes.length;
      rows.push({ id, content: bytes.subarray(colon + 1, end).toString('utf8') });
      i = end + 1;
    }
  }
  return rows;
}

export function serializeRows(rows) {
  return rows.map((r) => ('text' in r ? `${r.id}:T${Buffer.byteLength(r.text, 'utf8').toString(16)},${r.text}` : `${r.id}:${r.content}\n`)).join('');
}

/** A JSON row (model) as a value, or undefined for imports, hints and other row kinds. */
const modelOf = (row) => ('content' in row && /^[[{"]/.test(row.content) ? JSON.parse(row.content) : undefined);

/** Row ids a value refers to: "$1f", "$L1f" (lazy), "$@1f" (promise), "$1f:props:children"... */
function refsIn(value, into = new Set()) {
  if (typeof value === 'string') {
    const m = /^\$[A-Za-z@]?([0-9a-f]+)(?::|$)/.exec(value);
    if (m && !value.startsWith('$$')) into.add(m[1]);
  } else if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) refsIn(v, into);
  return into;
}

function reachable(rows, models, from) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set();
  const stack = [...from];
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    const model = models.get(id);
    if (model !== undefined) stack.push(...refsIn(model));
  }
  return seen;
}

/** Replaces each marked element's children with an empty innerHTML, in place; returns the children. */
function hollow(value, found) {
  if (Array.isArray(value)) {
    if (value[0] === '$' && typeof value[1] === 'string' && value[3] && typeof value[3] === 'object' && marker in value[3]) {
      const { children, ...props } = value[3];
      found.push(children);
      value[3] = { ...props, dangerouslySetInnerHTML: { __html: '' } };
      return;
    }
    for (const v of value) hollow(v, found);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) hollow(v, found);
}

/** The flight payload with every marked element hollowed and the rows only it used removed. */
export function hollowFlight(flight) {
  const rows = parseRows(flight);
  const models = new Map();
  for (const r of rows) {
    const model = modelOf(r);
    if (model !== undefined) models.set(r.id, model);
  }
  // Row 0 is the page; a row nothing reached before (a hint) is left alone.
  const roots = ['0'];
  const before = reachable(rows, models, roots);
  const removedChildren = [];
  for (const r of rows) {
    if (!models.has(r.id) || !r.content.includes(`"${marker}"`)) continue;
    const found = [];
    hollow(models.get(r.id), found);
    if (found.length) {
      r.content = JSON.stringify(models.get(r.id));
      removedChildren.push(...found);
    }
  }
  if (!removedChildren.length) return { flight, hollowed: 0 };
  // A client component inside a marked part would lose its props and never hydrate.
  const inside = reachable(rows, models, [...refsIn(removedChildren)]);
  const client = rows.filter((r) => inside.has(r.id) && 'content' in r && r.content.startsWith('I'));
  if (client.length) throw new Error(`staticHtml: a part marked ${marker} holds a client component (${client.map((r) => r.content.slice(0, 80)).join('; ')})`);
  const after = reachable(rows, models, roots);
  const kept = rows.filter((r) => !before.has(r.id) || after.has(r.id));
  return { flight: serializeRows(kept), hollowed: removedChildren.length };
}

/** Escapes a JSON text for an inline <script>, as Next does. */
const forScript = (json) =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The page with its marked parts hollowed in the payload. The payload's scripts are replaced by
 * one script in the place of the first (the order of pushes is all that matters to Next).
 */
export function hollowStaticHtml(html) {
  if (!html.includes(`${marker}=""`)) return { html, hollowed: 0, saved: 0 };
  // Binary chunks ([3,"base64"]) interleave with the text ones; joining the text alone would
  // reorder the stream, so such a page is refused rather than broken.
  if (/__next_f\.push\(\[3,/.test(html)) throw new Error('staticHtml: a page with a static part has binary payload chunks, which this does not handle');
  const scripts = [...html.matchAll(pushScript)];
  if (!scripts.length) throw new Error('staticHtml: a page has a static part but no payload scripts in a known shape');
  const flight = scripts.map((m) => JSON.parse(m[1])).join('');
  const result = hollowFlight(flight);
  if (!result.hollowed) throw new Error(`staticHtml: the page marks a static part, but the payload has no element with ${marker}`);
  const replacement = `<script>self.__next_f.push([1,${forScript(JSON.stringify(result.flight))}])</script>`;
  let out = '';
  let last = 0;
  scripts.forEach((m, n) => {
    out += html.slice(last, m.index) + (n === 0 ? replacement : '');
    last = m.index + m[0].length;
  });
  out += html.slice(last);
  return { html: out, hollowed: result.hollowed, saved: html.length - out.length };
}

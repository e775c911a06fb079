import { describe, expect, it } from 'vitest';
import { hollowFlight, hollowStaticHtml, parseRows, serializeRows } from './staticHtml.mjs';

const text = 'Según HIPAA, 30 días <b>'; // multi-byte letters: T rows count bytes, not characters
const tRow = (id: string, s: string) => `${id}:T${Buffer.byteLength(s, 'utf8').toString(16)},${s}`;

/** A page: a main with a static part (a paragraph and a long text row), and a client button beside it. */
const flight = [
  '0:{"P":null,"t":["$","main",null,{"children":["$L2","$3","$5"]}]}\n',
  '1:I["/_next/static/chunks/a.js",[],"PrintButton"]\n',
  '2:["$","div",null,{"data-static-html":"","className":"static-html","children":[["$","p",null,{"children":"$4"}],"$5"]}]\n',
  '3:["$","$L1",null,{"label":"Print"}]\n',
  tRow('4', text),
  '5:["$","p",null,{"children":"shared with the page outside the static part"}]\n',
  '6:HL["/_next/static/css/a.css","style"]\n',
].join('');

describe('flight rows', () => {
  it('parse and serialize back to the same bytes, long text rows by byte length', () => {
    const rows = parseRows(flight);
    expect(rows.map((r) => r.id)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(rows[4]).toEqual({ id: '4', text });
    expect(serializeRows(rows)).toBe(flight);
  });

  it('reject a payload in a shape they do not know', () => {
    expect(() => parseRows('not a row')).toThrow(/row/);
  });
});

describe('hollowFlight', () => {
  it('empties the marked element and drops the rows only it used, keeping shared rows, imports and hints', () => {
    const { flight: out, hollowed } = hollowFlight(flight);
    expect(hollowed).toBe(1);
    const rows = parseRows(out);
    expect(rows.map((r) => r.id)).toEqual(['0', '1', '2', '3', '5', '6']);
    expect(JSON.parse(rows.find((r) => r.id === '2')!.content!)).toEqual(['$', 'div', null, { 'data-static-html': '', className: 'static-html', dangerouslySetInnerHTML: { __html: '' } }]);
    expect(out).not.toContain('Según');
  });

  it('leaves a payload without a marked element as it is', () => {
    const plain = '0:["$","p",null,{"children":"hi"}]\n';
    expect(hollowFlight(plain)).toEqual({ flight: plain, hollowed: 0 });
  });

  it('refuses a marked part that holds a client component, which would never hydrate', () => {
    const withClient = flight.replace('"children":[["$","p"', '"children":["$3",["$","p"');
    expect(() => hollowFlight(withClient)).toThrow(/client component/);
  });

  it('hollows marked elements nested in any row, several per page', () => {
    const two = `${flight}7:["$","section",null,{"children":[["$","div",null,{"data-static-html":"","children":"$8"}]]}]\n8:["$","p",null,{"children":"second"}]\n`.replace('"$5"]}]}\n', '"$5","$7"]}]}\n');
    const { flight: out, hollowed } = hollowFlight(two);
    expect(hollowed).toBe(2);
    expect(parseRows(out).map((r) => r.id)).toEqual(['0', '1', '2', '3', '5', '6', '7']);
  });
});

const script = (chunk: string) => `<script>self.__next_f.push([1,${JSON.stringify(chunk).replace(/</g, '\\u003c')}])</script>`;
const page = (payload: string) =>
  `<html><body><main><div data-static-html="" class="static-html"><p>${text.replace('<', '&lt;')}</p></div></main>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>${script(payload.slice(0, 90))}<div hidden id="S:0"></div>${script(payload.slice(90))}</body></html>`;

describe('hollowStaticHtml', () => {
  it('keeps the HTML and replaces the payload scripts with one, escaped for an inline script', () => {
    const { html, hollowed, saved } = hollowStaticHtml(page(flight));
    expect(hollowed).toBe(1);
    expect(saved).toBeGreaterThan(0);
    expect(html).toContain('<p>Según HIPAA, 30 días &lt;b></p>');
    expect(html).toContain('<div hidden id="S:0"></div>');
    const scripts = [...html.matchAll(/<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).not.toMatch(/[<>]/);
    expect(JSON.parse(scripts[0][1])).toBe(hollowFlight(flight).flight);
  });

  it('leaves a page without a static part untouched', () => {
    const plain = page(flight).replace('data-static-html=""', 'data-other=""');
    expect(hollowStaticHtml(plain)).toEqual({ html: plain, hollowed: 0, saved: 0 });
  });

  it('fails the build when the page marks a static part the payload does not have', () => {
    expect(() => hollowStaticHtml(page(flight.replace('"data-static-html":"",', '')))).toThrow(/no element/);
  });

  it('refuses a page whose payload has binary chunks, which joining the text chunks would reorder', () => {
    const binary = page(flight).replace('<div hidden id="S:0"></div>', '<script>self.__next_f.push([3,"AAEC"])</script>');
    expect(() => hollowStaticHtml(binary)).toThrow(/binary/);
  });
});

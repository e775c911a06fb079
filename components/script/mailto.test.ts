import { describe, expect, it } from 'vitest';
import { letterAsText, type Letter } from './assemble';
import { letterMailto, mailtoTooLong, MAILTO_SAFE_LENGTH } from './mailto';
import { englishLetter, longLetter, markupLetter, spanishLetter } from './testLetters';

/** What a mail app reads back from the link. */
function parse(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe('');
  const raw = Object.fromEntries(url.search.slice(1).split('&').map((pair) => pair.split('=') as [string, string]));
  return { subject: decodeURIComponent(raw.subject), body: decodeURIComponent(raw.body), raw, params: url.searchParams };
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('letterMailto', () => {
  it.each([
    ['English', englishLetter],
    ['Spanish', spanishLetter],
    ['markup', markupLetter],
  ] as [string, Letter][])('%s: round-trips the subject and the whole letter text', (_, letter) => {
    const href = letterMailto(letter);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const { subject, body, params } = parse(href);
    expect(subject).toBe(letter.subject.value);
    expect(body).toBe(crlf(letterAsText(letter)));
    // URLSearchParams reads '+' as a space; the link never has one, so it agrees.
    expect(params.get('subject')).toBe(subject);
    expect(params.get('body')).toBe(body);
  });

  it('encodes as RFC 6068 asks: %20 for spaces, CRLF line breaks, nothing left raw that has a meaning in a URL', () => {
    const href = letterMailto(englishLetter);
    expect(href).not.toMatch(/[ +#"<>\n\r]/);
    expect(href).toContain('%0D%0A');
    expect(href.replace(/%0D%0A/g, '')).not.toMatch(/%0[AD]/);
    // & and # in the clinic's name cannot end the body or start a fragment.
    expect(href).toContain('Imaging%20%26%20%22Scan%22%20%233');
    expect(href.match(/&/g)).toHaveLength(1);
  });

  it('writes accents and ñ as UTF-8 percent-escapes', () => {
    const href = letterMailto(spanishLetter);
    expect(href).toContain('Pe%C3%B1a%20N%C3%BA%C3%B1ez');
    expect(href).toContain('Cl%C3%ADnica%20Se%C3%B1ora');
    expect(parse(href).body).toContain('María José Peña Núñez');
  });

  it('keeps markup typed into a field as literal text', () => {
    const href = letterMailto(markupLetter);
    expect(href).toContain('%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(parse(href).body).toContain('Name: <script>alert(1)</script>');
    expect(parse(href).body).toContain('A&B <b>Clinic</b>');
  });

  it('carries the sender block at the top', () => {
    const body = parse(letterMailto(englishLetter)).body;
    expect(englishLetter.sender).toHaveLength(5);
    expect(body.startsWith(englishLetter.sender.join('\r\n') + '\r\n\r\n')).toBe(true);
  });

  it('puts a one-line subject even if the subject had line breaks', () => {
    const letter = { ...englishLetter, subject: { ...englishLetter.subject, value: 'Access\nrequest' } };
    expect(parse(letterMailto(letter)).subject).toBe('Access request');
  });
});

describe('mailtoTooLong', () => {
  it(`flags links over ${MAILTO_SAFE_LENGTH} characters`, () => {
    expect(mailtoTooLong('mailto:?body=' + 'a'.repeat(MAILTO_SAFE_LENGTH - 13))).toBe(false);
    expect(mailtoTooLong('mailto:?body=' + 'a'.repeat(MAILTO_SAFE_LENGTH - 12))).toBe(true);
    expect(mailtoTooLong(letterMailto(longLetter))).toBe(true);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Letter } from './assemble';
import { buildLetterPdf, fontFor, UnsupportedTextError, type FontFile, type Paper } from './letterPdf';
import { englishLetter, foreignNamesLetter, longerLetter, longLetter, markupLetter, spanishLetter } from './testLetters';

// Checked with poppler, as a reader's PDF viewer would see the file.
const dir = mkdtempSync(join(tmpdir(), 'letter-pdf-'));
const fontsRead: FontFile[] = [];
const loadFont = async (file: FontFile) => {
  fontsRead.push(file);
  return new Uint8Array(readFileSync(join('public/fonts', file)));
};

async function make(letter: Letter, paper: Paper, name: string, lang = 'en') {
  const bytes = await buildLetterPdf(letter, { paper, lang, title: `Letter: ${letter.subject.value}`, loadFont });
  const file = join(dir, `${name}-${paper}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // The height of the first word's box follows the font size.
  const box = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/.exec(execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }))!;
  const wordHeight = Number(box[2]) - Number(box[1]);
  return { bytes, info, text, wordHeight, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), flat: text.replace(/\s+/g, ' ') };
}
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(['a4', 'letter'] as Paper[])('buildLetterPdf on %s paper', (paper) => {
  it('an English letter: one page, sender, head, bold subject, paragraphs, signature, metadata', async () => {
    const pdf = await make(englishLetter, paper, 'english');
    expect(pdf.pages).toBe(1);
    expect(pdf.info).toMatch(paper === 'a4' ? /Page size:\s+595\.2\d* x 841\.8\d* pts/ : /Page size:\s+612 x 792 pts/);
    expect(pdf.info).toMatch(/^Title:\s+Letter: Subject access request \(GDPR Article 15\)$/m);
    expect(englishLetter.sender).toEqual(['Ann Lee', '12 High Street', 'Leeds LS1 4AB', 'ann.lee@example.org', '+44 113 496 0000']);
    for (const line of englishLetter.sender) expect(pdf.text).toContain(line);
    expect(pdf.flat).toContain('Subject: Subject access request (GDPR Article 15)');
    expect(pdf.flat).toContain(squash(englishLetter.paragraphs[1]));
    expect(pdf.flat).toContain('To: The Data Protection Officer, St. Mary\'s Imaging & "Scan" #3');
    expect(pdf.text).toMatch(/Signature:\s*\n/);
    expect(pdf.text.trimEnd().endsWith('Ann Lee')).toBe(true);
    // The subject is the only bold text.
    const fonts = execFileSync('pdffonts', [join(dir, `english-${paper}.pdf`)], { encoding: 'utf8' });
    expect(fonts).toContain('Helvetica-Bold');
    expect(new TextDecoder('latin1').decode(pdf.bytes)).toMatch(/\/Lang \(en\)/);
  });

  it('a Spanish letter keeps its accents with the standard font', async () => {
    fontsRead.length = 0;
    const pdf = await make(spanishLetter, paper, 'spanish', 'es');
    expect(pdf.pages).toBe(1);
    expect(fontsRead).toEqual([]);
    expect(pdf.flat).toContain('Nombre: María José Peña Núñez');
    expect(pdf.flat).toContain('Asunto: Ejercicio del derecho de acceso (artículo 15 del RGPD)');
    expect(pdf.flat).toContain('Calle Mayor 5, 3.º izq.');
    expect(pdf.flat).toContain(squash(spanishLetter.paragraphs[0]));
    expect(new TextDecoder('latin1').decode(pdf.bytes)).toMatch(/\/Lang \(es\)/);
  });

  it('names in Polish, Greek and Cyrillic load the embedded font and come out right', async () => {
    fontsRead.length = 0;
    const pdf = await make(foreignNamesLetter, paper, 'foreign');
    expect(pdf.pages).toBe(1);
    expect(fontsRead.sort()).toEqual(['NotoSans-Bold-subset.ttf', 'NotoSans-Regular-subset.ttf']);
    expect(pdf.text).toContain('Łukasz Kowalczyk');
    expect(pdf.text).toContain('ul. Żółkiewskiego 7');
    expect(pdf.flat).toContain('Ελένη Παπαδοπούλου Clinic (Клиника Дмитрий)');
    expect(pdf.flat).toContain('Brno-č-ő');
    expect(pdf.flat).toContain('Subject: Subject access request (GDPR Article 15)');
  });

  it('Windows-1252 punctuation comes out as typed with the standard font', async () => {
    fontsRead.length = 0;
    const letter = { ...englishLetter, subject: { ...englishLetter.subject, value: 'Ask “now” – fee 5 € … ‘ok’' } };
    const pdf = await make(letter, paper, 'punctuation');
    expect(fontsRead).toEqual([]);
    expect(pdf.flat).toContain('Subject: Ask “now” – fee 5 € … ‘ok’');
  });

  it('markup typed into a field is printed as text', async () => {
    const pdf = await make(markupLetter, paper, 'markup');
    expect(pdf.flat).toContain('Name: <script>alert(1)</script>');
    expect(pdf.flat).toContain('A&B <b>Clinic</b>');
    expect(pdf.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('a letter twice the usual length still fits one page, in a smaller font', async () => {
    const pdf = await make(longerLetter, paper, 'longer', 'es');
    const usual = await make(spanishLetter, paper, 'spanish', 'es');
    expect(pdf.pages).toBe(1);
    expect(pdf.wordHeight).toBeLessThan(usual.wordHeight);
    expect(pdf.flat).toContain(squash(longerLetter.paragraphs.at(-1)!));
  });

  it('a very long letter flows onto more pages and loses no text', async () => {
    const pdf = await make(longLetter, paper, 'long');
    expect(pdf.pages).toBeGreaterThan(1);
    const count = (s: string) => pdf.flat.split(squash(s)).length - 1;
    for (const p of englishLetter.paragraphs) expect(count(p)).toBe(8);
    // The line to sign stays with the name.
    const last = pdf.text.split('\f').filter((p) => p.trim()).at(-1)!;
    expect(last).toContain('Signature:');
    expect(last).toContain('Ann Lee');
  });
});

describe('fontFor', () => {
  it('uses the standard font for Latin-1 and Windows-1252 punctuation', () => {
    expect(fontFor('Peña, Müller, Ørsted, “quoted” – 5 € …')).toBe('standard');
  });
  it('embeds the font for Latin Extended, Greek and Cyrillic', () => {
    expect(fontFor('Łukasz')).toBe('embedded');
    expect(fontFor('Ελένη')).toBe('embedded');
    expect(fontFor('Дмитрий')).toBe('embedded');
    expect(fontFor('Ștefan Țurcanu')).toBe('embedded');
  });
  it('refuses text no shipped font can draw, so the page can offer Print instead', () => {
    expect(() => fontFor('山田 太郎')).toThrow(UnsupportedTextError);
    expect(() => fontFor('Ann 🙂')).toThrow(UnsupportedTextError);
  });
});

describe('buildLetterPdf failures', () => {
  it('rejects, never hangs, when the font cannot be loaded', async () => {
    const failing = async () => {
      throw new Error('offline');
    };
    await expect(buildLetterPdf(foreignNamesLetter, { paper: 'a4', lang: 'en', title: 't', loadFont: failing })).rejects.toThrow('offline');
  });
  it('rejects text it cannot draw before loading anything', async () => {
    const letter = { ...englishLetter, signature: { ...englishLetter.signature, name: '山田 太郎' } };
    await expect(buildLetterPdf(letter, { paper: 'a4', lang: 'en', title: 't', loadFont })).rejects.toThrow(UnsupportedTextError);
  });
});

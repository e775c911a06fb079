import type { jsPDF as JsPdf } from 'jspdf';
import type { Letter } from './assemble';

export type Paper = 'a4' | 'letter';
export type FontFile = 'NotoSans-Regular-subset.ttf' | 'NotoSans-Bold-subset.ttf';
/** Returns a font file's bytes. Injectable so tests in Node can read it from disk. */
export type FontLoader = (file: FontFile) => Promise<Uint8Array>;
export type LetterPdfOptions = { paper: Paper; lang: string; title: string; loadFont?: FontLoader };

/** The letter has characters no font we ship can draw (Chinese, emoji…): print to PDF instead. */
export class UnsupportedTextError extends Error {}

/** Same origin only (the CSP's connect-src 'self'); fetched on the click that needs it, never before. */
const fetchFont: FontLoader = async (file) => {
  const res = await fetch(`/fonts/${file}`);
  if (!res.ok) throw new Error(`font ${file}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};

// The PDF's standard Helvetica writes WinAnsi (Windows-1252) only: Latin-1 plus these.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const inWinAnsi = (c: number) => (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.includes(String.fromCodePoint(c));
// What public/fonts/NotoSans-*-subset.ttf cover (fc-query's charset): Latin-1, Latin Extended-A,
// Romanian ș ț, Greek, Cyrillic (Russian, Ukrainian, Bulgarian, Serbian), common punctuation.
const NOTO_SUBSET: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0x17f], [0x192, 0x192], [0x218, 0x21b], [0x2c6, 0x2c7], [0x2d8, 0x2dd],
  [0x370, 0x377], [0x37a, 0x37f], [0x384, 0x38a], [0x38c, 0x38c], [0x38e, 0x3a1], [0x3a3, 0x3e1],
  [0x3f0, 0x45f], [0x490, 0x491], [0x2010, 0x2027], [0x2030, 0x203a], [0x2044, 0x2044],
  [0x20ac, 0x20ac], [0x2116, 0x2116], [0x2122, 0x2122],
];
const inNotoSubset = (c: number) => NOTO_SUBSET.some(([a, b]) => c >= a && c <= b);

/** Which font the text needs: the built-in one when it can, else the embedded one. */
export function fontFor(text: string): 'standard' | 'embedded' {
  const codes = [...text.replace(/\n/g, '')].map((ch) => ch.codePointAt(0)!);
  if (codes.every(inWinAnsi)) return 'standard';
  const missing = codes.filter((c) => !inNotoSubset(c));
  if (missing.length) throw new UnsupportedTextError(`no font for ${missing.map((c) => 'U+' + c.toString(16).toUpperCase()).join(' ')}`);
  return 'embedded';
}

/** Composed accents as one character, tabs as spaces, invisible control characters dropped. */
const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2060\uFEFF]/g, '');

type Block = { text: string; bold?: boolean; gapBefore: number; signature?: boolean; keepWithPrevious?: boolean };

/** The letter in the order the page shows it. Gaps are in line heights. */
function blocksOf(letter: Letter): Block[] {
  const head = [
    ...letter.sender.map((text) => ({ text, gapBefore: 0 })),
    ...letter.from.map((f) => ({ text: `${f.label}: ${f.value}`, gapBefore: 0 })),
    { text: `${letter.date.label}: ${letter.date.value}`, gapBefore: 0 },
    { text: `${letter.to.label}: ${letter.to.value}`, gapBefore: 0 },
  ];
  // A blank line between the sender's address and the rest of the head, as on paper.
  if (letter.sender.length) head[letter.sender.length].gapBefore = 1;
  return [
    ...head,
    { text: `${letter.subject.label}: ${letter.subject.value}`, bold: true, gapBefore: 1 },
    { text: letter.greeting, gapBefore: 1 },
    ...letter.paragraphs.map((text) => ({ text, gapBefore: 0.75 })),
    { text: letter.signOff, gapBefore: 0.75 },
    // Room above the line to sign on.
    { text: `${letter.signature.label}:`, gapBefore: 2.5, signature: true, keepWithPrevious: true },
    ...(letter.signature.name ? [{ text: letter.signature.name, gapBefore: 0.25, keepWithPrevious: true }] : []),
  ].map((b) => ({ ...b, text: clean(b.text) }));
}

const MM_PER_PT = 25.4 / 72;
const MARGIN = 20; // mm
const SIZES = [12, 11.5, 11, 10.5, 10]; // pt; 10 is the floor for reading a printed letter
const LEADING = 1.35;
const SIGNATURE_LINE = 70; // mm

type Op = { page: number; x: number; y: number; text: string; bold: boolean; signature: boolean };

/** Places every line at one font size; returns the drawing operations and the page count. */
function layout(doc: JsPdf, blocks: Block[], family: string, size: number): { ops: Op[]; pages: number } {
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const width = pageW - 2 * MARGIN;
  const line = size * LEADING * MM_PER_PT;
  const bottom = pageH - MARGIN;
  doc.setFontSize(size);
  const ops: Op[] = [];
  let page = 1;
  let y = MARGIN + size * MM_PER_PT; // first baseline
  const split = blocks.map((b) => {
    doc.setFont(family, b.bold ? 'bold' : 'normal');
    return b.text.split('\n').flatMap((para) => (para ? (doc.splitTextToSize(para, width) as string[]) : ['']));
  });
  blocks.forEach((b, i) => {
    const lines = split[i];
    if (i > 0) y += b.gapBefore * line + line;
    // The sign-off, the line to sign and the name move to the next page together.
    let group = (lines.length - 1) * line;
    for (let k = i + 1; k < blocks.length && blocks[k].keepWithPrevious; k++) group += (blocks[k].gapBefore + split[k].length) * line;
    if (i > 0 && !b.keepWithPrevious && blocks[i + 1]?.keepWithPrevious && y + group > bottom) {
      page += 1;
      y = MARGIN + size * MM_PER_PT;
    }
    lines.forEach((text, k) => {
      if (k > 0) y += line;
      if (y > bottom) {
        page += 1;
        y = MARGIN + size * MM_PER_PT;
      }
      ops.push({ page, x: MARGIN, y, text, bold: !!b.bold, signature: !!b.signature });
    });
  });
  return { ops, pages: page };
}

function toBinaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/**
 * The letter as a PDF, laid out as on screen: sender, head, bold subject, paragraphs, a line to
 * sign. One page whenever the text allows: the font shrinks step by step to 10 pt, and only
 * past that does the text flow onto a second page, so nothing is ever cut. jsPDF is imported
 * here, so it loads only when someone asks for a PDF.
 */
export async function buildLetterPdf(letter: Letter, { paper, lang, title, loadFont = fetchFont }: LetterPdfOptions): Promise<Uint8Array> {
  const blocks = blocksOf(letter);
  const font = fontFor(blocks.map((b) => b.text).join(''));
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: paper, compress: true, putOnlyUsedFonts: true });
  let family = 'helvetica';
  if (font === 'embedded') {
    const [regular, bold] = await Promise.all([loadFont('NotoSans-Regular-subset.ttf'), loadFont('NotoSans-Bold-subset.ttf')]);
    doc.addFileToVFS('NotoSans-Regular.ttf', toBinaryString(regular));
    doc.addFileToVFS('NotoSans-Bold.ttf', toBinaryString(bold));
    doc.addFont('NotoSans-Regular.ttf', 'NotoSans', 'normal');
    doc.addFont('NotoSans-Bold.ttf', 'NotoSans', 'bold');
    family = 'NotoSans';
  }

  let placed = layout(doc, blocks, family, SIZES[0]);
  for (const size of SIZES.slice(1)) {
    if (placed.pages === 1) break;
    placed = layout(doc, blocks, family, size);
  }
  for (let p = 2; p <= placed.pages; p++) doc.addPage(paper);
  for (const op of placed.ops) {
    doc.setPage(op.page);
    doc.setFont(family, op.bold ? 'bold' : 'normal');
    doc.text(op.text, op.x, op.y);
    if (op.signature) {
      const x = op.x + doc.getTextWidth(op.text) + 2;
      doc.setLineWidth(0.3);
      doc.line(x, op.y + 0.8, Math.min(x + SIGNATURE_LINE, doc.internal.pageSize.getWidth() - MARGIN), op.y + 0.8);
    }
  }

  doc.setProperties({ title, subject: letter.subject.value, creator: 'Before Your Scan' });
  doc.setLanguage(lang as Parameters<JsPdf['setLanguage']>[0]);
  // Viewers show the title, not the file name, in their title bar (PDF/UA asks for this).
  doc.viewerPreferences({ DisplayDocTitle: true });
  return new Uint8Array(doc.output('arraybuffer'));
}

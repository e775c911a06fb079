/**
 * Where a large-print sheet turns the page. At 16 pt a leaflet takes two pages; letting the
 * browser break wherever the first page fills up left page two holding only the footer. The
 * sheet breaks instead before the block that best balances the two pages, counting what sits
 * above the blocks on page one (masthead, title, intro) and below them on page two (closing,
 * footer). Weights are in characters of body text; a block's weight includes its heading.
 *
 * Returns the index of the first block on page two, or -1 when there are fewer than two blocks.
 */
export function largePrintBreak(blocks: number[], beforeBlocks: number, afterBlocks: number): number {
  if (blocks.length < 2) return -1;
  let best = 1;
  let bestHeavier = Infinity;
  let above = beforeBlocks;
  const total = blocks.reduce((a, b) => a + b, 0);
  for (let k = 1; k < blocks.length; k++) {
    above += blocks[k - 1];
    const heavier = Math.max(above, total - (above - beforeBlocks) + afterBlocks);
    if (heavier < bestHeavier) [best, bestHeavier] = [k, heavier];
  }
  return best;
}

/** Roughly how much page a block of text takes, in characters: a heading line counts as a full line. */
export const blockWeight = (heading: string, text: string, lineLength = 60) => Math.ceil(heading.length / lineLength) * lineLength + text.length;

/** A printed URL without its scheme, cut into pieces that may wrap only after a slash. */
export function addressPieces(url: string): string[] {
  const short = url.replace(/^https?:\/\//, '');
  return short.match(/[^/]*\/|[^/]+$/g) ?? [short];
}

/** Printed body sizes a one-page sheet may use, in points; 11 pt is the floor for body text. */
export const sheetTextSizes = [11, 12, 13, 14] as const;
/** How much text (in blockWeight characters) fills one page at 11 pt with masthead and footer. */
export const SHEET_CAPACITY_AT_11PT = 1900;

/**
 * A short leaflet prints larger instead of leaving half its page blank. Text area grows with the
 * square of the size, so the size that fills the page is 11 pt × √(capacity / weight); the sheet
 * takes the largest step at or below it. Returns an index into sheetTextSizes.
 */
export function sheetTextStep(weight: number, capacity = SHEET_CAPACITY_AT_11PT): number {
  const fits = 11 * Math.sqrt(capacity / Math.max(weight, 1));
  let step = 0;
  sheetTextSizes.forEach((size, i) => {
    if (size <= fits) step = i;
  });
  return step;
}

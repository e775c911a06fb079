import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { badLength, makeDicom, truncated } from './fixtures';
import { classifyFile } from './parse';
import { FIRST_SLICE, MAX_HEADER_BYTES, readHeader, readHeaderOf } from './readHeader';
import { PREAMBLE, concat, element, elementHeader, metaGroup, textBytes } from './encode';
import { MAX_FILE_BYTES } from './types';

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Uint8Array(200)]);
const text = (s: string) => new TextEncoder().encode(s);

describe('skip reasons, by content and never by name', () => {
  const cases: [string, Uint8Array, string][] = [
    ['zero bytes', new Uint8Array(0), 'empty'],
    ['a ZIP', zipSync({ 'a.dcm': makeDicom() }), 'zip'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image'],
    ['a text file', text('Patient: TEST^ALEX\nThis is not an image.\n'.repeat(10)), 'notDicom'],
    ['a PDF', text('%PDF-1.7\n' + ' '.repeat(300)), 'notDicom'],
    ['a truncated DICOM file', truncated(makeDicom()), 'corrupt'],
    ['a DICOM file cut inside its file meta', truncated(makeDicom(), 160), 'corrupt'],
    ['a DICOM file with a length past its end', badLength(makeDicom()), 'corrupt'],
  ];
  for (const [name, input, reason] of cases) {
    it(name, async () => expect((await readHeaderOf(input)).skip).toBe(reason));
  }

  it('a file over the limit is never read', async () => {
    let reads = 0;
    const result = await readHeader(MAX_FILE_BYTES + 1, async () => {
      reads += 1;
      return new Uint8Array(0);
    });
    expect(result.skip).toBe('tooLarge');
    expect(reads).toBe(0);
    expect(classifyFile(new Uint8Array(0), 5 * 1024 ** 3)).toBe('tooLarge');
  });

  it('a read error', async () => {
    const result = await readHeader(1000, async () => {
      throw new DOMException('gone', 'NotReadableError');
    });
    expect(result.skip).toBe('unreadable');
  });

  it('DICOM files, with and without preamble, are read', async () => {
    expect((await readHeaderOf(makeDicom())).report?.findings.length).toBeGreaterThan(10);
    expect((await readHeaderOf(makeDicom({ transferSyntax: 'implicitLE', withMeta: false }))).report).toBeDefined();
    expect((await readHeaderOf(makeDicom({ transferSyntax: 'jpegBaseline' }))).report).toBeDefined();
  });
});

describe('large files', () => {
  it('reads only the header of a large image', async () => {
    const file = makeDicom({ pixelBytes: new Uint8Array(8 * 1024 * 1024) });
    const ends: number[] = [];
    const result = await readHeader(file.length, async (end) => {
      ends.push(end);
      return file.subarray(0, end);
    });
    expect(result.report?.findings.length).toBeGreaterThan(10);
    expect(Math.max(...ends)).toBe(FIRST_SLICE);
  });

  it('grows the slice when the header is longer than the first one', async () => {
    const file = makeDicom({ privateTags: 12000, pixelBytes: new Uint8Array(4 * FIRST_SLICE) });
    const ends: number[] = [];
    const result = await readHeader(file.length, async (end) => {
      ends.push(end);
      return file.subarray(0, end);
    });
    expect(result.report?.privateTags).toHaveLength(12000);
    expect(ends).toEqual([FIRST_SLICE, 2 * FIRST_SLICE]);
  });

  // Regression: damaged files were read in doubling slices up to their whole size.
  const reading = async (file: Uint8Array) => {
    const ends: number[] = [];
    const result = await readHeader(file.length, async (end) => {
      ends.push(end);
      return file.subarray(0, end);
    });
    return { result, ends };
  };
  const meta = metaGroup([
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    { tag: 0x00020002, vr: 'UI', value: textBytes('1.2.840.10008.5.1.4.1.1.4', 'UI') },
    { tag: 0x00020003, vr: 'UI', value: textBytes('2.25.1', 'UI') },
    { tag: 0x00020010, vr: 'UI', value: textBytes('1.2.840.10008.1.2.1', 'UI') },
  ]);

  it('random bytes after "DICM" are corrupt after the first slice', async () => {
    let seed = 7;
    const file = new Uint8Array(8 * 1024 * 1024).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    file.fill(0, 0, 128);
    file.set([0x44, 0x49, 0x43, 0x4d], 128);
    const { result, ends } = await reading(file);
    expect(result.skip).toBe('corrupt');
    expect(ends).toEqual([FIRST_SLICE]);
  });

  it('a length past the end of the file is corrupt at once', async () => {
    const file = concat([PREAMBLE, meta, ...element(0x00100010, 'PN', textBytes('TEST^ALEX', 'PN'), true), elementHeader(0x00420011, 'OB', 0x7ffffff0, true), new Uint8Array(2 * FIRST_SLICE)]);
    const { result, ends } = await reading(file);
    expect(result.skip).toBe('corrupt');
    expect(ends).toEqual([FIRST_SLICE]);
  });

  it('a header longer than MAX_HEADER_BYTES: reads up to the cap once, and reports what is there', async () => {
    const file = concat([PREAMBLE, meta, ...element(0x00100010, 'PN', textBytes('TEST^ALEX', 'PN'), true), ...element(0x00420011, 'OB', new Uint8Array(MAX_HEADER_BYTES + 1024), true)]);
    const { result, ends } = await reading(file);
    expect(result.report?.findings.map((f) => f.value)).toContain('TEST^ALEX');
    expect(ends).toEqual([FIRST_SLICE, MAX_HEADER_BYTES]);
  });

  it('a deflated file whose header is longer than the first slice is still read', async () => {
    // A private value that does not compress, so the deflated header outgrows the first slice.
    const noise = (n: number) => {
      const out = new Uint8Array(n);
      for (let at = 0; at < n; at += 65536) crypto.getRandomValues(out.subarray(at, at + 65536));
      return out;
    };
    const file = makeDicom({ transferSyntax: 'deflatedLE', extra: [{ tag: 0x00091010, vr: 'UN', value: noise(FIRST_SLICE * 2) }] });
    expect(file.length).toBeGreaterThan(FIRST_SLICE);
    const { result } = await reading(file);
    expect(result.report?.privateTags).toContain('00091010');
  });
});

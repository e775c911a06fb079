import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { badLength, makeDicom, truncated } from './fixtures';
import { classifyFile } from './parse';
import { FIRST_SLICE, readHeader, readHeaderOf } from './readHeader';
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
});

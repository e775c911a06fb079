import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { createNamer, createZip, zipCleaned } from './zip';

describe('zipCleaned', () => {
  it('stores entries (no deflate) under neutral names', async () => {
    const bytes = new Uint8Array(1000).fill(65);
    const blob = zipCleaned([
      { study: 1, series: 1, image: 1, bytes },
      { study: 1, series: 2, image: 12, bytes },
    ]);
    const zip = new Uint8Array(await blob.arrayBuffer());
    expect(blob.type).toBe('application/zip');
    // Local file header: compression method at byte 8 is 0 (stored).
    expect(zip[8] | (zip[9] << 8)).toBe(0);
    expect(Object.keys(unzipSync(zip))).toEqual(['study-1/series-1/image-0001.dcm', 'study-1/series-2/image-0012.dcm']);
    expect(unzipSync(zip)['study-1/series-2/image-0012.dcm']).toEqual(bytes);
  });

  it('numbers studies, series and images in the order files come', () => {
    const name = createNamer();
    expect([name('A', 'a1'), name('A', 'a1'), name('B', 'b1'), name('A', 'a2')]).toEqual([
      'study-1/series-1/image-0001.dcm',
      'study-1/series-1/image-0002.dcm',
      'study-2/series-1/image-0001.dcm',
      'study-1/series-2/image-0001.dcm',
    ]);
  });

  // Regression: every cleaned file was kept as arrays until the end, then copied into one Blob.
  it('turns each file into Blob data as it is added, not at the end', async () => {
    const zip = createZip();
    const bytes = new Uint8Array(5000).fill(7);
    zip.add('study-1/series-1/image-0001.dcm', bytes);
    bytes.fill(0); // the zip no longer needs the array once add returns
    const out = unzipSync(new Uint8Array(await zip.finish().arrayBuffer()));
    expect(out['study-1/series-1/image-0001.dcm']).toEqual(new Uint8Array(5000).fill(7));
  });
});

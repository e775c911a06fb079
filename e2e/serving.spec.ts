import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

// What `npm start` (and any host that reads out/_headers and serves precompressed files) sends:
// the Brotli or gzip copy made at build time, pages that revalidate so a correction reaches
// readers at once, and hashed assets cached for a year.
test.describe('serving', () => {
  test('pages come precompressed: Brotli when accepted, else gzip, else plain; all with Vary and revalidation', async ({ request }) => {
    for (const path of ['/', '/en/', '/es/articles/your-rights-in-the-us/', '/en/script/', '/es/questions/']) {
      const br = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(br.status(), path).toBe(200);
      expect(br.headers()['content-encoding'], path).toBe('br');
      expect(br.headers()['vary'], path).toMatch(/Accept-Encoding/i);
      expect(br.headers()['cache-control'], path).toBe('no-cache');
      const gz = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(gz.headers()['content-encoding'], path).toBe('gzip');
      const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers()['content-encoding'], path).toBeUndefined();
      // The same page whichever way it travels.
      expect(await br.text()).toBe(await plain.text());
      expect(await gz.text()).toBe(await plain.text());
    }
  });

  test('hashed framework files are cached for a year; a page revalidates with its ETag', async ({ request }) => {
    const html = await (await request.get('/en/')).text();
    const asset = html.match(/\/_next\/static\/[^"]+\.(js|css)/)?.[0];
    expect(asset).toBeTruthy();
    const res = await request.get(asset!, { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-encoding']).toBe('br');
    const page = await request.get('/en/about/');
    const etag = page.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get('/en/about/', { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });

  test('a missing page is a compressed 404 in its language', async ({ request }) => {
    const res = await request.get('/es/no-such-page/', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status()).toBe(404);
    expect(res.headers()['content-encoding']).toBe('br');
    expect(await res.text()).toContain('lang="es"');
  });

  test('out/_headers declares the same caching for other hosts', () => {
    const headers = readFileSync('out/_headers', 'utf8');
    expect(headers).toContain('/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable');
    for (const path of sitemapPaths().slice(0, 20)) {
      const rule = headers.split('\n\n').find((r) => r.startsWith(`${path}\n`));
      expect(rule, path).toContain('Cache-Control: no-cache');
    }
  });
});

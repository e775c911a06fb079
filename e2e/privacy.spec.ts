import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

// The promise on the privacy page, checked on every page: nothing leaves the site's own
// origin, no cookie is set, nothing is stored before the user does anything, and the page
// runs without errors (a CSP violation would show up here as a console error).
for (const path of sitemapPaths()) {
  test(`no third-party request, cookie, storage or error on ${path}`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(path);
    await page.waitForLoadState('networkidle');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      // The offline copy is opt-in: no worker and no cache until "Save this site for offline use".
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: await caches.keys(),
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', workers: 0, caches: [] });
  });
}

/** A CSP without its inline-script hashes, which differ from page to page. */
const withoutHashes = (csp: string) => csp.replace(/ 'sha256-[^']+'/g, '');
const isSearchPage = (path: string) => /^\/[^/]+\/search\/$/.test(path);

test('every page carries the security headers and a CSP without unsafe-inline scripts', async ({ request }) => {
  let otherPolicy = '';
  const searchPolicies: string[] = [];
  for (const path of sitemapPaths()) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['permissions-policy']).toContain('interest-cohort=()');
    const csp = h['content-security-policy'];
    for (const d of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp, `${path}: ${d}`).toContain(d);
    }
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
    // The same policy, minus frame-ancestors, as a <meta> for hosts that send no headers.
    const html = await res.text();
    const meta = html.match(/<head><meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    expect(meta, path).toMatch(/^default-src 'self'; script-src 'self'/);
    expect(meta, path).toBe(csp.replace("; frame-ancestors 'none'", ''));
    if (isSearchPage(path)) {
      searchPolicies.push(csp);
    } else {
      // Only the search page runs WebAssembly (Pagefind); no page may eval.
      expect(csp, path).not.toContain('unsafe-eval');
      otherPolicy = csp;
    }
  }
  // The search page's policy is any other page's plus 'wasm-unsafe-eval', and nothing else.
  expect(searchPolicies.length).toBeGreaterThan(0);
  for (const csp of searchPolicies) {
    expect(withoutHashes(csp)).toBe(withoutHashes(otherPolicy).replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    expect(csp.match(/unsafe-eval/g)).toHaveLength(1);
  }
});

test('language switching sets no cookie', async ({ page, context }) => {
  await page.goto('/en/about/');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL('/es/about/');
  expect(await context.cookies()).toEqual([]);
});

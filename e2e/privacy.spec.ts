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

test('every page carries the security headers and a CSP without unsafe-inline scripts', async ({ request }) => {
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
    expect(csp).not.toContain('unsafe-eval');
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
    // The same policy, minus frame-ancestors, as a <meta> for hosts that send no headers.
    const html = await res.text();
    expect(html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
  }
});

test('language switching sets no cookie', async ({ page, context }) => {
  await page.goto('/en/about/');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL('/es/about/');
  expect(await context.cookies()).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Every page in the exported sitemap, as a path on the test server. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('out/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
}

/** The locale a path belongs to, or undefined for the language chooser. */
export function localeOf(path: string): 'en' | 'es' | undefined {
  const first = path.split('/')[1];
  return first === 'en' || first === 'es' ? first : undefined;
}

export const notFoundPaths = ['/fr/', '/en/no-such-page/', '/es/no-such-page/', '/en/about/nope/'];

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The primary navigation. On narrow screens it sits behind the header's Menu button (a native
 * popover), so a user opens it first; on wide screens it is always in view.
 */
export async function primaryNav(page: Page, locale: 'en' | 'es') {
  const menu = page.getByRole('banner').getByRole('button', { name: locale === 'en' ? 'Menu' : 'Menú' });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole('navigation', { name: locale === 'en' ? 'Main' : 'Principal' });
}

/**
 * For tests whose result cannot depend on the screen: what a page's HTML, headers or PDF say
 * (paper has its own width), and content checks. playwright.config.ts runs them in the desktop
 * project only; the phone project keeps everything a narrow screen or touch could change.
 */
export const anyViewport = { tag: '@any-viewport' };

import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import { siteUrl } from '@/content/site';
import type { Locale } from './routing';

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale };

/** `/about/#x` in `es` → `/es/about/#x`. Path segments stay English in every locale. */
export function localizeHref(locale: Locale, href: string): string {
  return `/${locale}${href.startsWith('/') ? href : `/${href}`}`;
}

/**
 * The full address a link prints after its text (globals.css): on paper a relative link is
 * no use, and CSS alone cannot prefix the host this copy of the site is published at.
 */
export function printHref(locale: Locale, href: string): string {
  return `${siteUrl}${localizeHref(locale, href)}`;
}

/**
 * A localized link for server components. It renders a plain <a>: pages are static files,
 * so a full page load is cheap, and the client router, next-intl's client navigation and
 * its provider (about 13 KB gzipped on every page) stay out of the browser.
 */
export async function Link({ href, locale, ...rest }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <a href={localizeHref(target, href)} data-print-href={printHref(target, href)} {...rest} />;
}

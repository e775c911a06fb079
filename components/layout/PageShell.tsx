import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';
import { Breadcrumbs } from './Breadcrumbs';
import { PageInfo } from '@/components/accountability/PageInfo';
import { WhatMayChange } from '@/components/accountability/WhatMayChange';
import { UpdateNotice } from '@/components/offline/UpdateNotice';

/**
 * Header, main and footer for one page. It lives in each page rather than in the layout
 * because it needs the page's own path: the server marks the current link and points
 * the language switcher at the same page, so neither needs JavaScript. `searchable` puts the
 * page's content in the site search.
 */
export async function PageShell({ locale, path, searchable = false, children }: { locale: Locale; path: string | null; searchable?: boolean; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const update = await getTranslations({ locale, namespace: 'UpdateNotice' });
  return (
    <>
      <a href="#main" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-3">
        {t('skipLink')}
      </a>
      <UpdateNotice labels={{ ready: update('ready'), reload: update('reload') }} />
      <SiteHeader locale={locale} path={path} />
      {path && path !== '/' ? (
        <div className="no-print mx-auto w-full max-w-page px-4 pt-1">
          <Breadcrumbs locale={locale} path={path} />
        </div>
      ) : null}
      <main id="main" tabIndex={-1} className="page-column mx-auto w-full max-w-page flex-1 px-4 pb-8 pt-4 outline-none">
        {/* Site search (scripts/search-index.mjs) indexes only what is inside data-pagefind-body:
            the page's own content, not the header, breadcrumbs, page info or footer. */}
        {searchable ? <div data-pagefind-body>{children}</div> : children}
        {path ? (
          <>
            <WhatMayChange locale={locale} path={path} />
            <PageInfo locale={locale} path={path} />
          </>
        ) : null}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}

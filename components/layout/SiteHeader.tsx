import { getTranslations } from 'next-intl/server';
import { Menu, Search } from 'lucide';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { primaryNav } from '@/content/site';
import { Icon } from '@/components/ui/Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoMark } from './LogoMark';
import { HeaderSearch } from './HeaderSearch';
import { localizeHref } from '@/i18n/navigation';

/**
 * Compact on phones: the mark and name, the language switch (always visible), and a menu
 * button. The menu is a native popover: it opens, closes on Escape or an outside tap, and
 * reports its state to screen readers without JavaScript (a browser without popovers simply
 * shows the list). Wider screens show the links in a row instead. Only one of the two lists
 * is rendered at a time (the other is display: none or a closed popover), so the page has a
 * single "Main" navigation landmark for assistive technology. Search: wide screens have the box
 * in the header; phones have a Search button beside Menu that opens the search page with its box
 * focused (#search-q), so the header stays two short rows and the first screen keeps its tasks.
 * The search page leaves both out, so that page has one search form, not two.
 */
export async function SiteHeader({ locale, path }: { locale: Locale; path: string | null }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const links = (
    <ul className="nav-list">
      {primaryNav.map((item) => (
        <li key={item.key}>
          <Link href={item.href} aria-current={item.href === path ? 'page' : undefined} className="nav-link">
            {t(`nav.${item.key}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <header data-chrome className="site-header">
      <div className="site-header-row">
        <Link href="/" className="site-brand">
          <LogoMark />
          <span>{t('siteName')}</span>
        </Link>
        <LanguageSwitch locale={locale} path={path} label={t('languageNav')} />
        {path === '/search/' ? null : (
          <Link href="/search/#search-q" className="header-search-link button button-secondary button-small" aria-label={t('searchLabel')}>
            <Icon node={Search} />
            <span>{t('searchButton')}</span>
          </Link>
        )}
        <button type="button" popoverTarget="site-menu" className="site-menu-button button button-secondary button-small">
          <Icon node={Menu} />
          <span>{t('menu')}</span>
        </button>
        <nav id="site-menu" popover="auto" aria-label={t('primaryNav')} className="site-menu-panel">
          {links}
        </nav>
        {path === '/search/' ? null : <HeaderSearch action={localizeHref(locale, '/search/')} label={t('searchLabel')} button={t('searchButton')} />}
      </div>
      <nav aria-label={t('primaryNav')} className="site-nav-wide">
        {links}
      </nav>
    </header>
  );
}

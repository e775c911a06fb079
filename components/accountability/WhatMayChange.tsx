import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getWatchItems } from '@/content';
import { formatDate } from '@/components/script/dates';

/** Rules that are moving and touch this page, each with its source and the day we last checked. */
export async function WhatMayChange({ locale, path }: { locale: Locale; path: string }) {
  const items = getWatchItems(locale).filter((i) => i.affects.includes(path));
  if (!items.length) return null;
  const t = await getTranslations({ locale, namespace: 'PageInfo' });
  return (
    <section aria-labelledby="what-may-change" className="what-may-change callout callout-warning mt-10">
      <h2 id="what-may-change" className="text-xl font-bold">
        {t('mayChangeTitle')}
      </h2>
      <ul className="mt-2 space-y-3">
        {items.map((item) => (
          <li key={item.id} id={`watch-${item.id}`}>
            <p className="font-semibold">{item.title}</p>
            <p>{item.text}</p>
            <p className="text-sm">
              {t('mayChangeChecked', { date: formatDate(item.lastChecked, locale) })}{' '}
              <a href={item.source.url}>{item.source.title}</a> ({item.source.publisher}, {item.source.year})
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

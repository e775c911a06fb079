import { getLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { NotFoundContent } from '@/components/layout/NotFoundContent';

export default async function LocaleNotFound() {
  return <NotFoundContent locale={(await getLocale()) as Locale} />;
}

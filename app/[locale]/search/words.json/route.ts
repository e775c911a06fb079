import { routing, type Locale } from '@/i18n/routing';
import { getGlossary, getQuestionBank, listArticles, listChecklists, listHandouts } from '@/content';
import { distinctWords } from '@/components/search/words';

export const dynamic = 'force-static';
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * The words the search page may suggest when a query finds nothing ("dicon" → "dicom").
 * A separate file, fetched only after a search comes back empty, so most searches never load it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const texts = [
    ...listArticles(locale).flatMap((a) => [a.meta.title, a.meta.description, ...a.meta.summary, ...a.headings.map((h) => h.text)]),
    ...listChecklists(locale).flatMap((c) => [c.data.title, c.data.intro, ...c.data.items.map((i) => i.label)]),
    ...listHandouts(locale).map((h) => h.data.title),
    ...getGlossary(locale).terms.flatMap((t) => [t.term, t.definition]),
    ...getQuestionBank(locale).questions.map((q) => q.question.self),
  ];
  return Response.json(distinctWords(texts));
}

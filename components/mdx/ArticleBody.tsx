import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import type { Locale } from '@/i18n/routing';
import type { Glossary } from '@/content/schema';
import { articleComponents } from '@/mdx-components';
import type { TermLabels } from './Term';
import { escapeHeadingIds, remarkHeadingIds } from './remarkHeadingIds';

/** Compiles an article's MDX at build time (a server component: none of it ships as JavaScript). */
export async function ArticleBody({ body, locale, glossary, termLabels }: { body: string; locale: Locale; glossary: Glossary; termLabels: TermLabels }) {
  const { default: Content } = await evaluate(escapeHeadingIds(body), { ...runtime, remarkPlugins: [remarkHeadingIds] });
  return <Content components={articleComponents(locale, glossary, termLabels)} />;
}

import { routing, type Locale } from '@/i18n/routing';
import { getScripts } from '@/content';
import type { GoalSet } from '@/components/script/assemble';

export const dynamic = 'force-static';
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * One language's scripts and letters as a file. The script page carries only its own language;
 * the side-by-side printed script fetches the other language from here when a reader asks for
 * it, which keeps every reader's first download small.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { goals, common, sources } = getScripts((await params).locale as Locale);
  const set: GoalSet = { goals, common, sources };
  return new Response(JSON.stringify(set), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

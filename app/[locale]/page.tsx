import { getTranslations } from 'next-intl/server';
import { BookOpen, ClipboardCheck, ClipboardList, FileSearch, FileText, FlaskConical, Globe, HeartHandshake, Languages, ListChecks, MapPin, Printer, ScanFace } from 'lucide';
import { Link } from '@/i18n/navigation';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { articleReadability, getArticle } from '@/content';
import { readingMinutes } from '@/content/readability';
import { checkerPath, homePlaces, homeSituations, homeTasks, startHere } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { ButtonLink } from '@/components/ui/Button';
import { CardGrid, LinkCard } from '@/components/ui/Card';
import { Section } from '@/components/ui/Section';
import { StepList } from '@/components/ui/StepList';
import { Tag } from '@/components/ui/Tag';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return pageMetadata(locale, '/', { title: t('title'), description: t('description') });
}

const situationIcons = { Head: ScanFace, Research: FlaskConical, Care: HeartHandshake, After: ClipboardCheck } as const;
const placeIcons = { Us: MapPin, Eu: MapPin, Uk: MapPin, Elsewhere: Globe } as const;

/**
 * The first phone screen names the concrete risk and offers the three top tasks; below come
 * the ways in by situation and by place (so EU and UK readers are not second), then the
 * start-here path and the rest of the site.
 */
export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const path = startHere.map((slug) => getArticle(locale, slug)).filter((a) => a !== undefined);
  const minutes = (slug: string) => readingMinutes(articleReadability(locale, slug)?.words ?? 0);
  return (
    <PageShell locale={locale} path="/">
      <div className="prose-page home">
        <div className="home-hero">
          <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
          <p className="home-risk">{t('risk')}</p>
        </div>
        <section aria-labelledby="tasks">
          <h2 id="tasks" className="sr-only">{t('tasksTitle')}</h2>
          <ul className="home-tasks">
            <li><ButtonLink href={homeTasks.questions} size="large" icon={ListChecks}>{t('taskQuestions')}</ButtonLink></li>
            <li><ButtonLink href={homeTasks.script} size="large" icon={FileText}>{t('taskScript')}</ButtonLink></li>
            <li>
              <ButtonLink href={`/articles/${homeTasks.guide}/`} size="large" variant="secondary" icon={BookOpen}>
                {t('taskGuide')}
              </ButtonLink>
              <p className="home-task-note">{t('minutes', { minutes: minutes(homeTasks.guide) })}</p>
            </li>
          </ul>
        </section>
        <p className="home-scan-note">{t('scanNote')}</p>

        <Section id="situation" title={t('situationTitle')}>
          <CardGrid>
            {homeSituations.map((s) => (
              <LinkCard key={s.key} href={s.href} title={t(`situation${s.key}`)} icon={situationIcons[s.key]}>
                {t(`situation${s.key}Text`)}
              </LinkCard>
            ))}
          </CardGrid>
        </Section>

        <Section id="place" title={t('placeTitle')}>
          <CardGrid>
            {homePlaces.map((p) => (
              <LinkCard key={p.key} href={p.href} title={t(`place${p.key}`)} icon={placeIcons[p.key]}>
                {t(`place${p.key}Text`)}
              </LinkCard>
            ))}
          </CardGrid>
        </Section>

        <Section id="start" title={t('startTitle')}>
          <StepList
            steps={path.map((a) => ({
              key: a.slug,
              content: (
                <>
                  <Link href={`/articles/${a.slug}/`} className="font-semibold">{a.meta.title}</Link>
                  <p className="text-muted">{a.meta.description}</p>
                  <Tag>{t('minutes', { minutes: minutes(a.slug) })}</Tag>
                </>
              ),
            }))}
          />
        </Section>

        <Section id="more" title={t('moreTitle')}>
          <CardGrid>
            <LinkCard href="/articles/" title={t('moreArticles')} icon={BookOpen}>{t('moreArticlesText')}</LinkCard>
            <LinkCard href="/checklists/" title={t('moreChecklists')} icon={ClipboardList}>{t('moreChecklistsText')}</LinkCard>
            <LinkCard href="/glossary/" title={t('moreGlossary')} icon={Languages}>{t('moreGlossaryText')}</LinkCard>
            <LinkCard href="/handouts/" title={t('moreHandouts')} icon={Printer}>{t('moreHandoutsText')}</LinkCard>
            <LinkCard href={checkerPath} title={t('moreChecker')} icon={FileSearch}>{t('moreCheckerText')}</LinkCard>
          </CardGrid>
        </Section>

        <Section id="who" title={t('whoTitle')}>
          <p>{t('who')}</p>
        </Section>
        <Section id="privacy" title={t('privacyTitle')}>
          <p>{t.rich('privacy', { link: (chunks) => <Link href="/privacy/">{chunks}</Link> })}</p>
        </Section>
      </div>
    </PageShell>
  );
}

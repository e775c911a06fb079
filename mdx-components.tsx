import type { ComponentProps, ReactNode } from 'react';
import { localizeHref, printHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Glossary } from '@/content/schema';
import { plannedPaths } from '@/content/site';
import { Callout } from '@/components/ui/Callout';
import { Term, type TermLabels } from '@/components/mdx/Term';
import { HowToAsk } from '@/components/mdx/HowToAsk';
import type { Jurisdiction, ScriptGoal } from '@/content/scriptInputs';
import { AiInferenceDiagram } from '@/components/diagrams/AiInferenceDiagram';
import { DefacingDiagram } from '@/components/diagrams/DefacingDiagram';
import { ImageFileDiagram } from '@/components/diagrams/ImageFileDiagram';
import { ImageFlowDiagram } from '@/components/diagrams/ImageFlowDiagram';
import { RequestTimelineDiagram, type TimelineSide } from '@/components/diagrams/RequestTimelineDiagram';
import { RequestTimelinesCompared } from '@/components/diagrams/RequestTimelinesCompared';

/**
 * What article authors may use, and how Markdown elements render. Authors write
 * locale-free links (`/articles/x/`); they are localized here. Links to tools that are
 * planned but not built render as text until the tool lands.
 */
export function articleComponents(locale: Locale, glossary: Glossary, termLabels: TermLabels) {
  let count = 0;
  return {
    a({ href = '', ...rest }: ComponentProps<'a'>) {
      if (!href.startsWith('/')) return <a href={href} {...rest} />;
      if (plannedPaths.includes(href.split('#')[0])) return <span>{rest.children}</span>;
      return <a href={localizeHref(locale, href)} data-print-href={printHref(locale, href)} {...rest} />;
    },
    Callout,
    // Diagrams take no props from authors except the timeline's side; their words come from the
    // message catalogue in the page's language.
    AiInferenceDiagram: () => <AiInferenceDiagram locale={locale} />,
    DefacingDiagram: () => <DefacingDiagram locale={locale} />,
    ImageFileDiagram: () => <ImageFileDiagram locale={locale} />,
    ImageFlowDiagram: () => <ImageFlowDiagram locale={locale} />,
    RequestTimelineDiagram: ({ side }: { side: TimelineSide }) => <RequestTimelineDiagram locale={locale} side={side} />,
    RequestTimelinesCompared: () => <RequestTimelinesCompared locale={locale} />,
    HowToAsk(props: { goal: ScriptGoal; place: Jurisdiction; children: ReactNode }) {
      return <HowToAsk locale={locale} {...props} />;
    },
    Term({ id, children }: { id: string; children: ReactNode }) {
      const entry = glossary.terms.find((t) => t.id === id)!;
      count += 1;
      return (
        <Term popoverId={`term-${id}-${count}`} term={entry.term} definition={entry.definition} glossaryHref={localizeHref(locale, `/glossary/#${id}`)} labels={termLabels}>
          {children}
        </Term>
      );
    },
  };
}

import type { Locale } from '@/i18n/routing';
import { RequestTimelineDiagram } from './RequestTimelineDiagram';

/**
 * The US and the GDPR request clocks next to each other, for pages that cover both: side by
 * side where there is room (and on paper), one above the other on a phone.
 */
export function RequestTimelinesCompared({ locale }: { locale: Locale }) {
  return (
    <div className="diagram-pair">
      <RequestTimelineDiagram locale={locale} side="us" />
      <RequestTimelineDiagram locale={locale} side="eu-uk" />
    </div>
  );
}

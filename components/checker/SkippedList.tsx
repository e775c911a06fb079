import { fillTemplate } from '@/components/ui/fillTemplate';
import type { CheckerState } from './checkerState';
import type { CheckerLabels } from './labels';

/** One line per file left out, with its reason. Names are text: a file name can hold anything. */
export function SkippedList({ skipped, labels }: { skipped: CheckerState['skipped']; labels: CheckerLabels }) {
  if (!skipped.length) return null;
  return (
    <section aria-labelledby="checker-skipped" className="space-y-2">
      <h2 id="checker-skipped">{labels.skippedTitle}</h2>
      <p>{labels.skippedIntro}</p>
      <ul className="checker-skipped">
        {skipped.map((s, i) => (
          <li key={i} className="checker-value">
            {fillTemplate(labels.skippedLine, { name: s.path || '?', reason: labels.reasons[s.reason] })}
          </li>
        ))}
      </ul>
    </section>
  );
}

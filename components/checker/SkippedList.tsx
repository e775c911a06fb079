import { fillTemplate } from '@/components/ui/fillTemplate';
import type { CheckerState } from './checkerState';
import type { CheckerLabels } from './labels';
import { baseName } from './present';

/**
 * One line per file left out, with its reason. Only the file's own name is shown, never its
 * folders: a CD's or a download's folders are often named after the patient. Names are text:
 * a file name can hold anything.
 */
export function SkippedList({ skipped, labels }: { skipped: CheckerState['skipped']; labels: CheckerLabels }) {
  if (!skipped.length) return null;
  return (
    <section aria-labelledby="checker-skipped" className="space-y-2">
      <h2 id="checker-skipped">{labels.skippedTitle}</h2>
      <p>{labels.skippedIntro}</p>
      <ul className="checker-skipped">
        {skipped.map((s, i) => (
          <li key={i} className="checker-value">
            {fillTemplate(labels.skippedLine, { name: baseName(s.path) || '?', reason: labels.reasons[s.reason] })}
          </li>
        ))}
      </ul>
    </section>
  );
}

'use client';

import { lazy, Suspense } from 'react';
import type { Authority } from '@/content/schema';
import type { AssembledScript } from './assemble';
import type { ScriptLabels } from './labels';
import { LetterActions } from './LetterActions';
import { paperFor } from './LetterStep';
import { LetterView } from './LetterView';

// Only step 4 shows where to complain: its code loads when the reader gets there, keeping the
// script page within its JavaScript budget (npm run bench).
const ComplaintBlock = lazy(() => import('./ComplaintBlock').then((m) => ({ default: m.ComplaintBlock })));

export type FollowUpKind = 'noAnswer' | 'refused';
type Props = { locale: string; script: AssembledScript; authority?: Authority; which: FollowUpKind; onWhich: (k: FollowUpKind) => void; labels: ScriptLabels };

/** Step 4: the follow-up letter for no answer or a refusal, then where to complain. */
export function FollowUpStep({ locale, script, authority, which, onWhich, labels }: Props) {
  const letter = script.followUp[which];
  return (
    <section aria-labelledby="followUp-title" className="script-part space-y-4" data-part="followUp">
      <h2 id="followUp-title" tabIndex={-1} className="no-print text-2xl font-bold">
        {labels.followUpTitle}
      </h2>
      <fieldset className="no-print space-y-2">
        <legend className="font-semibold">{labels.followUpWhich}</legend>
        {(['noAnswer', 'refused'] as const).map((k) => (
          <label key={k} className="choice flex">
            <input type="radio" name="follow-up" checked={which === k} onChange={() => onWhich(k)} />
            {k === 'noAnswer' ? labels.followUpNoAnswer : labels.followUpRefused}
          </label>
        ))}
      </fieldset>
      <LetterActions letter={letter} fileName={`follow-up-${script.goal}-${script.jurisdiction}`} lang={locale} paper={paperFor(script.jurisdiction)} labels={labels.letterActions} onPrint={() => window.print()} />
      <LetterView letter={letter} label={letter.subject.value} />
      <Suspense fallback={null}>
        <ComplaintBlock complaint={script.complaint} place={script.jurisdiction} authority={authority} locale={locale} labels={labels.complaint} />
      </Suspense>
    </section>
  );
}

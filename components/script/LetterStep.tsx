'use client';

import type { LetterField } from '@/content/scriptInputs';
import { letterLocale, type AssembledScript } from './assemble';
import type { FieldError, LetterValues } from './fields';
import type { ScriptLabels } from './labels';
import { LetterActions } from './LetterActions';
import { LetterFields } from './LetterFields';
import { LetterView } from './LetterView';

type Props = {
  locale: string;
  script: AssembledScript;
  values: LetterValues;
  errors: Partial<Record<LetterField, FieldError>>;
  today: string;
  offerId: boolean;
  labels: ScriptLabels;
  onField: (field: LetterField, value: string) => void;
  onOfferId: (on: boolean) => void;
};

const baseFields: LetterField[] = ['name', 'address', 'email', 'phone', 'dob', 'facility', 'record', 'scanDate', 'sent'];

/** US paper is Letter size; everywhere else uses A4. */
export const paperFor = (j: string) => (j === 'us' ? 'letter' : 'a4');

/**
 * Step 2: the request letter. Its actions sit right above the preview, so on a phone Print is
 * within the first screen of the step; the optional details come after, and the preview above
 * them updates as they are typed.
 */
export function LetterStep({ locale, script, values, errors, today, offerId, labels, onField, onOfferId }: Props) {
  return (
    <section aria-labelledby="letter-title" className="script-part space-y-4" data-part="letter">
      <h2 id="letter-title" tabIndex={-1} className="no-print text-2xl font-bold">
        {labels.letterTitle}
      </h2>
      <LetterActions letter={script.letter} fileName={`request-${script.goal}-${script.jurisdiction}`} lang={locale} paper={paperFor(script.jurisdiction)} labels={labels.letterActions} onPrint={() => window.print()} />
      <LetterView letter={script.letter} label={script.letter.subject.value} />
      <p className="text-sm">{script.keepCopy}</p>
      <label className="choice no-print flex">
        <input type="checkbox" checked={offerId} onChange={(e) => onOfferId(e.target.checked)} />
        {labels.offerId}
      </label>
      <LetterFields shown={[...baseFields, ...script.extraFields]} values={values} errors={errors} today={today} dateLocale={letterLocale(locale, script.jurisdiction)} labels={labels} onChange={onField} />
    </section>
  );
}

'use client';

import { useState } from 'react';
import { buttonClass } from '@/components/ui/Button';
import { dateChoices, optionKeys, type CheckerLabels } from './labels';
import type { CleanOptions } from './types';

/** The standard's basic profile by default: remove dates, keep none of the optional details. */
export const defaultCleanOptions: CleanOptions = { dates: 'remove', keepPatientCharacteristics: false, keepDeviceIdentity: false, keepInstitutionIdentity: false, keepDescriptions: false };

/** The choices for the cleaned copy, each named as the standard names it, and the button. */
export function CleanForm({ disabled, onClean, labels }: { disabled: boolean; onClean: (options: CleanOptions) => void; labels: CheckerLabels }) {
  const [options, setOptions] = useState<CleanOptions>(defaultCleanOptions);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!disabled) onClean(options);
      }}
    >
      <fieldset className="checker-fieldset">
        <legend className="font-semibold">{labels.datesLegend}</legend>
        {dateChoices.map((choice) => (
          <div key={choice} className="checker-choice">
            <input type="radio" id={`clean-dates-${choice}`} name="clean-dates" value={choice} checked={options.dates === choice} aria-describedby={`clean-dates-${choice}-hint`} onChange={() => setOptions({ ...options, dates: choice })} />
            <label htmlFor={`clean-dates-${choice}`}>{labels.dates[choice].label}</label>
            <p id={`clean-dates-${choice}-hint`} className="text-sm text-muted">{labels.dates[choice].hint}</p>
          </div>
        ))}
      </fieldset>
      <fieldset className="checker-fieldset">
        <legend className="font-semibold">{labels.keepLegend}</legend>
        {optionKeys.map((key) => (
          <div key={key} className="checker-choice">
            <input type="checkbox" id={`clean-${key}`} checked={options[key]} aria-describedby={`clean-${key}-hint`} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} />
            <label htmlFor={`clean-${key}`}>{labels.options[key].label}</label>
            <p id={`clean-${key}-hint`} className="text-sm text-muted">{labels.options[key].hint}</p>
          </div>
        ))}
      </fieldset>
      <button type="submit" className={buttonClass()} aria-disabled={disabled || undefined}>
        {labels.cleanButton}
      </button>
    </form>
  );
}

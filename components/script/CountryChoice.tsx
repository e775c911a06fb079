'use client';

import type { EeaCountry } from '@/content/scriptInputs';

export type CountryLabels = { label: string; hint: string; choose: string };

/**
 * Which EEA country: it names the data protection authority in the follow-up letters and the
 * complaint step. A native select: 30 options are too many for radio buttons on a phone.
 */
export function CountryChoice({ countries, value, labels, onChange }: { countries: { code: EeaCountry; name: string }[]; value: EeaCountry | null; labels: CountryLabels; onChange: (c: EeaCountry | null) => void }) {
  return (
    <div className="country-choice">
      <label htmlFor="script-country" className="font-semibold">
        {labels.label}
      </label>
      <p id="script-country-hint" className="text-sm text-muted">
        {labels.hint}
      </p>
      <select
        id="script-country"
        className="mt-1 block w-full max-w-sm rounded border-2 border-control bg-paper p-2"
        aria-describedby="script-country-hint"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || null) as EeaCountry | null)}
      >
        <option value="">{labels.choose}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

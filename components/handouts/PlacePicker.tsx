'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { replaceFragment } from '@/components/state/fragment';

/**
 * "Where is your clinic?" on the handouts index: picking a place shows only that place's set,
 * and the choice stays in the link (`#place=us`) so the clinic's bookmark opens on its set.
 * Without JavaScript the question is hidden and every set is listed under its own heading.
 */
export function PlacePicker({ legend, hint, places }: { legend: string; hint: string; places: { id: string; label: string; set: ReactNode }[] }) {
  const [place, setPlace] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const read = () => {
      const p = new URLSearchParams(window.location.hash.slice(1)).get('place') ?? '';
      setPlace(places.some((x) => x.id === p) ? p : '');
    };
    read();
    setReady(true);
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [places]);
  return (
    <>
      <fieldset className={`needs-js no-print mb-8 space-y-1${ready ? '' : ' invisible'}`} aria-describedby="place-hint">
        <legend className="text-xl font-bold">{legend}</legend>
        <p id="place-hint" className="text-sm">{hint}</p>
        <div className="flex flex-wrap gap-x-6">
          {places.map((p) => (
            <label key={p.id} className="choice">
              <input
                type="radio"
                name="handout-place"
                value={p.id}
                checked={place === p.id}
                onChange={() => {
                  setPlace(p.id);
                  replaceFragment(`#place=${p.id}`);
                }}
              />
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>
      {places.map((p) => (
        <div key={p.id} hidden={Boolean(place) && place !== p.id}>
          {p.set}
        </div>
      ))}
    </>
  );
}

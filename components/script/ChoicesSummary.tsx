'use client';

import { useEffect, useRef } from 'react';

type Props = { summary: string; labels: { choicesTitle: string; changeChoices: string }; onChange: () => void; scrollOnShow: boolean };

/**
 * Place and goal folded into one line once chosen, so the steps and their Print buttons start
 * near the top of a phone screen. A heading keeps it findable by heading navigation.
 */
export function ChoicesSummary({ summary, labels, onChange, scrollOnShow }: Props) {
  const section = useRef<HTMLElement>(null);
  // After "Continue to the steps" the summary moves to the top of the screen, the steps right under it.
  useEffect(() => {
    if (scrollOnShow) section.current?.scrollIntoView({ block: 'start' });
  }, [scrollOnShow]);
  return (
    <section ref={section} aria-labelledby="choices-title" className="choices-summary no-print rounded-lg bg-wash p-3">
      <h2 id="choices-title" className="text-lg font-bold">
        {labels.choicesTitle}
      </h2>
      <p>{summary}</p>
      <button type="button" className="button button-secondary button-small mt-2" onClick={onChange}>
        {labels.changeChoices}
      </button>
    </section>
  );
}

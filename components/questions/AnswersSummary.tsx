'use client';

import { useEffect, useRef } from 'react';
import type { QuestionsLabels } from './labels';

type Props = { summary: string; labels: QuestionsLabels; onChange: () => void; focusOnShow: boolean };

/**
 * The folded form: the answers in one line and a button to change them. A heading keeps it
 * findable by heading navigation, as the open form is.
 */
export function AnswersSummary({ summary, labels, onChange, focusOnShow }: Props) {
  const section = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Back from the form ("Show my questions"): the summary goes to the top of the screen with the
  // list right under it, and focus lands on its button, just above the list.
  useEffect(() => {
    if (!focusOnShow) return;
    section.current?.scrollIntoView({ block: 'start' });
    button.current?.focus({ preventScroll: true });
  }, [focusOnShow]);
  return (
    <section ref={section} aria-labelledby="answers-title" className="answers-summary no-print rounded-lg bg-wash p-3">
      <h2 id="answers-title" className="text-lg font-bold">
        {labels.formTitle}
      </h2>
      <p>{summary}</p>
      <button ref={button} type="button" className="button button-secondary button-small mt-2" onClick={onChange}>
        {labels.changeAnswers}
      </button>
    </section>
  );
}

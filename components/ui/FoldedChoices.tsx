'use client';

import { useEffect, useRef } from 'react';

type Props = {
  /** The id of the heading; the section is named by it. */
  id: string;
  title: string;
  /** The choices in one line, e.g. "MRI · Head, face or neck · United States". */
  summary: string;
  changeLabel: string;
  onChange: () => void;
  /** True right after the reader folded the form: move the summary to the top of the screen. */
  scrollOnShow: boolean;
  /** Also put focus on the Change button then (the questions tool); the script tool focuses its step instead. */
  focusButton?: boolean;
};

/**
 * A tool's form folded into one line once answered, so the result starts near the top of a phone
 * screen, with a button to open it again. A heading keeps it findable by heading navigation.
 */
export function FoldedChoices({ id, title, summary, changeLabel, onChange, scrollOnShow, focusButton }: Props) {
  const section = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!scrollOnShow) return;
    section.current?.scrollIntoView({ block: 'start' });
    if (focusButton) button.current?.focus({ preventScroll: true });
  }, [scrollOnShow, focusButton]);
  return (
    <section ref={section} aria-labelledby={id} className="folded-choices no-print rounded-lg bg-wash p-3">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <p>{summary}</p>
      <button ref={button} type="button" className="button button-secondary button-small mt-2" onClick={onChange}>
        {changeLabel}
      </button>
    </section>
  );
}

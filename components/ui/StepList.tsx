import type { ReactNode } from 'react';

/** Numbered steps with large numerals, for a path to follow in order (NHS.UK "contents" style). */
export function StepList({ steps }: { steps: { key: string; content: ReactNode }[] }) {
  return (
    <ol className="step-list">
      {steps.map((s) => (
        <li key={s.key}>{s.content}</li>
      ))}
    </ol>
  );
}

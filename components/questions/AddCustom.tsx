'use client';

import { useState } from 'react';
import type { QuestionsLabels } from './labels';
import { fillTemplate as fill } from '@/components/ui/fillTemplate';
import { MAX_CUSTOM_COUNT, MAX_CUSTOM_LENGTH } from './state';

/** Add your own question. Over-long text is refused with a message, never cut or blocked while typing. */
export function AddCustom({ labels, onAdd }: { labels: QuestionsLabels; onAdd: (text: string) => 'empty' | 'too-long' | 'too-many' | null }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tooLong = text.length > MAX_CUSTOM_LENGTH;
  const messages = { empty: labels.customEmpty, 'too-long': fill(labels.customTooLong, { max: MAX_CUSTOM_LENGTH }), 'too-many': fill(labels.customTooMany, { max: MAX_CUSTOM_COUNT }) };
  const shown = tooLong ? messages['too-long'] : error;
  return (
    <form
      className="no-print space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const problem = onAdd(text);
        setError(problem ? messages[problem] : null);
        if (!problem) setText('');
      }}
    >
      <label htmlFor="custom-question" className="block text-xl font-bold">
        {labels.customLabel}
      </label>
      <p id="custom-hint">{labels.customHint}</p>
      <textarea
        id="custom-question"
        className="block w-full rounded border-2 border-control p-2"
        rows={2}
        value={text}
        aria-describedby={`custom-hint custom-count${shown ? ' custom-error' : ''}`}
        aria-invalid={shown ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <p id="custom-count" className="text-sm">
        {fill(labels.customCounter, { count: text.length, max: MAX_CUSTOM_LENGTH })}
      </p>
      {shown ? (
        <p id="custom-error" className="font-semibold" role="alert">
          {shown}
        </p>
      ) : null}
      <button type="submit" className="button">
        {labels.customAdd}
      </button>
    </form>
  );
}

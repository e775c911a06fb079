import { describe, expect, it } from 'vitest';
import { answersSummary, countMessage } from './summary';
import { emptyAnswers } from './select';
import type { QuestionsLabels } from './labels';

const labels = {
  summaryNone: 'No answers yet',
  options: {
    scan: { mri: 'MRI' },
    body: { head: 'Head, face or neck' },
    setting: { research: 'Research study' },
    region: { us: 'United States' },
    worries: { face: 'My face and identity', ai: 'AI reading my images' },
    forWhom: { self: 'Me', other: 'Someone I care for' },
  },
} as unknown as Pick<QuestionsLabels, 'options' | 'summaryNone'>;

describe('answersSummary', () => {
  it('lists the answers in the order of the form, joined by middle dots', () => {
    const answers = { scan: 'mri', body: 'head', setting: 'research', region: 'us', worries: ['face'], forWhom: 'self' } as const;
    expect(answersSummary({ ...answers, worries: [...answers.worries] }, labels)).toBe('MRI · Head, face or neck · Research study · United States · My face and identity');
  });

  it('leaves out "not sure" answers and names someone else only when it is for them', () => {
    expect(answersSummary({ ...emptyAnswers, body: 'head', worries: ['ai', 'face'], forWhom: 'other' }, labels)).toBe('Head, face or neck · AI reading my images · My face and identity · Someone I care for');
  });

  it('says so when nothing is answered', () => {
    expect(answersSummary(emptyAnswers, labels)).toBe('No answers yet');
  });
});

describe('countMessage', () => {
  const messages = ['Your list has 0 questions.', 'Your list has 1 question.', 'Your list has 2 questions.'];
  it('picks the sentence for the count', () => {
    expect(countMessage(1, messages)).toBe('Your list has 1 question.');
    expect(countMessage(0, messages)).toBe('Your list has 0 questions.');
  });
  it('stays within the sentences it has', () => {
    expect(countMessage(9, messages)).toBe('Your list has 2 questions.');
    expect(countMessage(-1, messages)).toBe('Your list has 0 questions.');
  });
});

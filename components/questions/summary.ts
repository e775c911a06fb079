import type { Answers } from './select';
import type { QuestionsLabels } from './labels';

/**
 * The answers as one line for the folded form, in the order the form asks them:
 * "MRI · Head, face or neck · Research study · United States · My face and identity".
 * Unanswered ("not sure") fields are left out; "who it is for" shows only when it is someone else.
 */
export function answersSummary(answers: Answers, labels: Pick<QuestionsLabels, 'options' | 'summaryNone'>): string {
  const o = labels.options;
  const parts = [
    answers.scan && o.scan[answers.scan],
    answers.body && o.body[answers.body],
    answers.setting && o.setting[answers.setting],
    answers.region && o.region[answers.region],
    ...answers.worries.map((w) => o.worries[w]),
    answers.forWhom === 'other' && o.forWhom.other,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : labels.summaryNone;
}

/**
 * "Your list has n questions", from sentences the server formatted for each count (plural rules
 * differ by language, so they are not built here). Past the last one, the last is used.
 */
export function countMessage(count: number, messages: readonly string[]): string {
  return messages[Math.max(0, Math.min(count, messages.length - 1))] ?? '';
}

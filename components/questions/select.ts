import type { Question } from '@/content/schema';
import type { questionInputs } from '@/content/questionInputs';

type Inputs = typeof questionInputs;
export type Answers = {
  scan?: Inputs['scan'][number];
  body?: Inputs['body'][number];
  setting?: Inputs['setting'][number];
  region?: Inputs['region'][number];
  worries: Inputs['worries'][number][];
  forWhom: Inputs['forWhom'][number];
};
export const emptyAnswers: Answers = { worries: [], forWhom: 'self' };

/** How many questions a fresh list holds; the rest stay one tap away under "more questions". */
export const DEFAULT_LIST_LENGTH = 10;
export const TOP_COUNT = 5;

/** Every key in `when` must match; an unanswered input ("not sure") never matches a condition. */
export function matches(when: Question['when'], answers: Answers): boolean {
  return (['scan', 'body', 'setting', 'region'] as const).every((key) => {
    const allowed = when[key] as readonly string[] | undefined;
    return !allowed || (answers[key] !== undefined && allowed.includes(answers[key]));
  });
}

/**
 * Questions that fit the answers, most useful first. The score is the question's own
 * priority, plus a boost when it speaks to a chosen worry, plus a boost for each condition
 * it meets (a question written for head scans outranks a general one for a head scan).
 * Ties keep the bank's order, so the result is stable.
 */
export function selectQuestions(answers: Answers, bank: readonly Question[]): Question[] {
  const worries = new Set(answers.worries);
  return bank
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => matches(q.when, answers))
    .map(({ q, index }) => {
      const worryBoost = q.tags.some((t) => worries.has(t)) ? 3 : 0;
      const specificity = Object.keys(q.when).length * 3;
      return { q, index, score: q.priority * 2 + worryBoost + specificity };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ q }) => q);
}

/** The list a patient starts with for these answers: ids, best first. */
export function defaultList(answers: Answers, bank: readonly Question[]): string[] {
  return selectQuestions(answers, bank)
    .slice(0, DEFAULT_LIST_LENGTH)
    .map((q) => q.id);
}

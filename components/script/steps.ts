import { scriptSteps, type ScriptStep } from '@/content/scriptInputs';

export { scriptSteps, type ScriptStep };

/** The step before and after `step`, or null at either end. */
export function neighbours(step: ScriptStep): { previous: ScriptStep | null; next: ScriptStep | null } {
  const i = scriptSteps.indexOf(step);
  return { previous: scriptSteps[i - 1] ?? null, next: scriptSteps[i + 1] ?? null };
}

import { describe, expect, it } from 'vitest';
import { getScripts, getSupervisoryAuthorities } from '@/content';
import type { GoalSet } from './assemble';
import { assembleFor } from './assembleFor';
import { emptyScriptState, type ScriptState } from './state';

const authorities = getSupervisoryAuthorities();
const set = (l: 'en' | 'es'): GoalSet => getScripts(l);
const run = (patch: Partial<ScriptState>, second = false) =>
  assembleFor({ state: { ...emptyScriptState, ...patch }, values: {}, today: '2026-11-22', set: set('en'), locale: 'en', authorities, second: second ? { lang: 'es', set: set('es') } : null });

describe('assembleFor', () => {
  it('gives no script until both the place and the goal are chosen', () => {
    expect(run({ jurisdiction: 'eu' }).script).toBeNull();
    expect(run({ goal: 'decline' }).script).toBeNull();
  });

  it("names the chosen EEA country's authority in the follow-up letter, and the ICO only in the UK's complaint step", () => {
    const eu = run({ goal: 'decline', jurisdiction: 'eu', country: 'ES' });
    expect(eu.authority?.country).toBe('ES');
    expect(eu.script!.followUp.refused.paragraphs.join(' ')).toContain('Agencia Española de Protección de Datos');
    const uk = run({ goal: 'decline', jurisdiction: 'uk' });
    expect(uk.authority?.country).toBe('GB');
    expect(run({ goal: 'decline', jurisdiction: 'us' }).authority).toBeUndefined();
  });

  it('builds the second language only when asked, for the same goal and place', () => {
    expect(run({ goal: 'access', jurisdiction: 'us' }).secondScript).toBeNull();
    const both = run({ goal: 'access', jurisdiction: 'us' }, true);
    expect(both.secondScript?.goal).toBe('access');
    expect(both.secondScript?.title).not.toBe(both.script?.title);
  });
});

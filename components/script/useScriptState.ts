'use client';

import { useCallback, useMemo, useState } from 'react';
import type { Jurisdiction, LetterField, ScriptGoal } from '@/content/scriptInputs';
import { useFragmentSync } from '@/components/state/useFragmentSync';
import { variantOf, type GoalSet } from './assemble';
import { localToday } from './dates';
import { checkFields } from './fields';
import type { ScriptStep } from './steps';
import { decodeScriptState, emptyScriptState, encodeScriptState, type ScriptIgnored, type ScriptState } from './state';

/**
 * The tool's state and the link kept in step: what the link said (and what it left out), today's
 * date in the reader's own time zone, and the letter fields' checks. Only values that pass their
 * checks go into the link, and personal ones only when the reader ticks the box.
 */
export function useScriptState(set: GoalSet) {
  const [state, setState] = useState<ScriptState>(emptyScriptState);
  const [today, setToday] = useState('');
  const [ignored, setIgnored] = useState<ScriptIgnored[]>([]);
  const isOffered = useCallback((g: ScriptGoal, j: Jurisdiction) => !!variantOf(set.goals.find((x) => x.goal === g)!, j), [set]);
  const checked = useMemo(() => checkFields(state.values, today || localToday()), [state.values, today]);
  const ready = useFragmentSync(
    useCallback(
      (hash: string) => {
        setToday(localToday());
        const decoded = decodeScriptState(hash, localToday(), isOffered);
        setState(decoded.state);
        setIgnored(decoded.ignored);
      },
      [isOffered],
    ),
    encodeScriptState({ ...state, values: checked.valid }),
  );
  const startOver = () => {
    setState(emptyScriptState);
    setIgnored([]);
  };
  // The step is in the link (s=), so a shared link opens at the same step.
  const setStep = (step: ScriptStep) => setState((s) => ({ ...s, step }));
  const setField = (field: LetterField, value: string) => setState((s) => ({ ...s, values: { ...s.values, [field]: value } }));
  return { ready, state, setState, setField, today, ignored, checked, isOffered, step: state.step, setStep, startOver };
}

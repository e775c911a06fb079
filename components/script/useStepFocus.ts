'use client';

import { useEffect, useRef, useState } from 'react';
import type { ScriptState } from './state';
import type { ScriptStep } from './steps';

/**
 * Where the reader is in the script tool: whether place and goal are folded into one line, and
 * where focus goes when the view changes, so keyboard and screen reader users start at the top
 * of what they just opened.
 */
export function useStepFocus(ready: boolean, state: ScriptState, step: ScriptStep) {
  // Folded once the reader continues, or when a link opens at a named step (s=): a deep link to
  // the letter should land on the letter, not on three screens of choices.
  const [folded, setFolded] = useState<'no' | 'onLoad' | 'byUser'>('no');
  const checkedLink = useRef(false);
  useEffect(() => {
    if (!ready || checkedLink.current) return;
    checkedLink.current = true;
    if (state.goal && state.jurisdiction && state.step !== 'say') setFolded('onLoad');
  }, [ready, state]);
  // Folding by hand: the step's heading takes focus; the summary scrolls itself to the top.
  useEffect(() => {
    if (folded === 'byUser') document.getElementById(`${step}-title`)?.focus({ preventScroll: true });
    // Only on folding; step changes are handled below.
  }, [folded]);

  // Next and Previous sit at the foot of a step: the new step's heading takes focus.
  const stepFocus = useRef(false);
  useEffect(() => {
    if (stepFocus.current) document.getElementById(`${step}-title`)?.focus();
    stepFocus.current = false;
  }, [step]);

  return {
    folded,
    fold: () => setFolded('byUser'),
    unfold: () => {
      setFolded('no');
      // Back in the form, start at the place: the goals offered depend on it.
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="jurisdiction"]:checked')?.focus());
    },
    focusOnStep: () => {
      stepFocus.current = true;
    },
  };
}

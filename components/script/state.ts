import { deliveryMethods, eeaCountries, jurisdictions, letterFields, scriptGoals, scriptSteps, type Delivery, type EeaCountry, type Jurisdiction, type LetterField, type ScriptGoal, type ScriptStep } from '@/content/scriptInputs';
import { parseFragment } from '@/components/state/fragment';
import { checkFields, type LetterValues } from './fields';

export type ScriptState = {
  goal: ScriptGoal | null;
  jurisdiction: Jurisdiction | null;
  /** The EEA country, which names the data protection authority; kept only with the EU/EEA place. */
  country: EeaCountry | null;
  /** The step on screen, so a shared link can open straight at the letter. */
  step: ScriptStep;
  values: LetterValues;
  /** How the request travels; not personal, so it is always in the link. */
  delivery: Delivery | null;
  /** Whether the letter offers proof of identity; not personal either. */
  offerId: boolean;
  /** Personal fields go into the address (and so into a shared link) only when the user ticks this. */
  includePersonal: boolean;
};
export type ScriptIgnored = 'goal' | 'jurisdiction' | 'country' | 'notOffered' | 'fields' | 'other';

export const emptyScriptState: ScriptState = { goal: null, jurisdiction: null, country: null, step: 'say', values: {}, delivery: null, offerId: false, includePersonal: false };

/** Short keys keep shared links readable. */
const fieldKeys: Record<LetterField, string> = { name: 'name', dob: 'dob', facility: 'at', record: 'rec', scanDate: 'scan', sent: 'sent', reason: 'why', contact: 'contact', address: 'addr', email: 'mail', phone: 'tel' };

export function encodeScriptState(state: ScriptState): string {
  const p = new URLSearchParams();
  if (state.goal) p.set('g', state.goal);
  if (state.jurisdiction) p.set('j', state.jurisdiction);
  if (state.country && state.jurisdiction === 'eu') p.set('c', state.country);
  if (state.step !== 'say') p.set('s', state.step);
  if (state.delivery) p.set('by', state.delivery);
  if (state.offerId) p.set('id', '1');
  if (state.includePersonal) {
    p.set('p', '1');
    for (const key of Object.keys(fieldKeys) as LetterField[]) {
      const value = state.values[key];
      if (value?.trim()) p.set(fieldKeys[key], value);
    }
  }
  const s = p.toString();
  return s ? `#${s}` : '';
}

/**
 * Reads a fragment back, keeping whatever is valid. A goal that is not offered for the
 * jurisdiction is dropped (and named), fields that fail their checks are dropped, and unknown
 * keys are ignored. Never throws.
 */
export function decodeScriptState(hash: string, today: string, isOffered: (goal: ScriptGoal, j: Jurisdiction) => boolean): { state: ScriptState; ignored: ScriptIgnored[] } {
  const ignored = new Set<ScriptIgnored>();
  const { params, truncated } = parseFragment(hash);
  if (truncated) ignored.add('other');
  const byKey = new Map(Object.entries(fieldKeys).map(([field, key]) => [key, field as LetterField]));
  for (const key of params.keys()) if (!['g', 'j', 'c', 's', 'p', 'by', 'id'].includes(key) && !byKey.has(key)) ignored.add('other');

  const g = params.get('g');
  let goal: ScriptGoal | null = null;
  if (g !== null) {
    if ((scriptGoals as readonly string[]).includes(g)) goal = g as ScriptGoal;
    else ignored.add('goal');
  }
  const jr = params.get('j');
  let jurisdiction: Jurisdiction | null = null;
  if (jr !== null) {
    if ((jurisdictions as readonly string[]).includes(jr)) jurisdiction = jr as Jurisdiction;
    else ignored.add('jurisdiction');
  }
  const c = params.get('c');
  let country: EeaCountry | null = null;
  if (c !== null) {
    // A country only means something with the EU/EEA place; with another place it is dropped.
    if (jurisdiction === 'eu' && (eeaCountries as readonly string[]).includes(c.toUpperCase())) country = c.toUpperCase() as EeaCountry;
    else ignored.add('country');
  }
  const st = params.get('s');
  let step: ScriptStep = 'say';
  if (st !== null) {
    if ((scriptSteps as readonly string[]).includes(st)) step = st as ScriptStep;
    else ignored.add('other');
  }
  if (goal && jurisdiction && !isOffered(goal, jurisdiction)) {
    ignored.add('notOffered');
    goal = null;
  }

  const by = params.get('by');
  let delivery: Delivery | null = null;
  if (by !== null) {
    if ((deliveryMethods as readonly string[]).includes(by)) delivery = by as Delivery;
    else ignored.add('other');
  }

  const offerId = params.get('id') === '1';
  if (params.has('id') && !offerId) ignored.add('other');

  const raw: LetterValues = {};
  for (const [key, field] of byKey) {
    const values = params.getAll(key);
    if (values.length > 1) ignored.add('fields');
    if (values.length) raw[field] = values[0];
  }
  const { valid, errors } = checkFields(raw, today);
  if (Object.keys(errors).length) ignored.add('fields');
  const hasValues = Object.keys(valid).length > 0;
  const includePersonal = params.get('p') === '1' || hasValues;
  if (params.has('p') && params.get('p') !== '1') ignored.add('other');

  return { state: { goal, jurisdiction, country, step, values: valid, delivery, offerId, includePersonal }, ignored: [...ignored] };
}

export { letterFields };

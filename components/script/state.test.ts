import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_LENGTH } from '@/components/state/fragment';
import type { Jurisdiction, ScriptGoal } from '@/content/scriptInputs';
import { decodeScriptState, emptyScriptState, encodeScriptState, type ScriptState } from './state';

const today = '2026-11-22';
const isOffered = (g: ScriptGoal, j: Jurisdiction) => !(j !== 'us' && ['restrict', 'confidential', 'accounting'].includes(g)) && !(j === 'us' && g === 'erase');
const decode = (hash: string) => decodeScriptState(hash, today, isOffered);

const full: ScriptState = {
  goal: 'decline',
  jurisdiction: 'eu',
  country: 'ES',
  step: 'letter',
  values: { address: 'Calle Mayor 1, 2º\n28013 Madrid', email: 'zoe+scan@example.es', phone: '+34 600 00 00 00', name: 'Zoë <b>O\'Neil</b> & co', dob: '1970-02-03', facility: 'Klinik #1, Berlin', record: 'A/123?x=1', scanDate: '2026-10-01', sent: '2026-11-22', reason: 'Line one\nline two; 100% & more', contact: 'p.o. box 7' },
  delivery: 'post',
  offerId: true,
  includePersonal: true,
};

describe('script state in the fragment', () => {
  it('round-trips goal, place and every field, including markup, #, & and newlines', () => {
    const hash = encodeScriptState(full);
    expect(decode(hash)).toEqual({ state: full, ignored: [] });
  });

  it('leaves personal fields out unless the user ticked the box', () => {
    const hash = encodeScriptState({ ...full, includePersonal: false });
    expect(hash).toBe('#g=decline&j=eu&c=ES&s=letter&by=post&id=1');
    expect(decode(hash)).toEqual({ state: { ...emptyScriptState, goal: 'decline', jurisdiction: 'eu', country: 'ES', step: 'letter', delivery: 'post', offerId: true }, ignored: [] });
    expect(encodeScriptState(emptyScriptState)).toBe('');
  });

  it('keeps what is valid in a tampered link and names what it dropped', () => {
    expect(decode('#g=nope&j=eu')).toEqual({ state: { ...emptyScriptState, jurisdiction: 'eu' }, ignored: ['goal'] });
    expect(decode('#g=access&j=mars')).toEqual({ state: { ...emptyScriptState, goal: 'access' }, ignored: ['jurisdiction'] });
    expect(decode('#g=accounting&j=uk')).toEqual({ state: { ...emptyScriptState, jurisdiction: 'uk' }, ignored: ['notOffered'] });
    const r = decode(`#g=access&j=us&p=1&name=Ana&dob=2999-01-01&scan=2026-02-30&at=${'x'.repeat(151)}&evil=1`);
    expect(r.state).toEqual({ ...emptyScriptState, goal: 'access', jurisdiction: 'us', values: { name: 'Ana' }, includePersonal: true });
    expect(r.ignored.sort()).toEqual(['fields', 'other']);
  });

  it('keeps how the request travels, and drops a way that does not exist', () => {
    expect(decode('#g=access&j=us&by=hand').state.delivery).toBe('hand');
    expect(decode('#g=access&j=us&by=online').state.delivery).toBe('online');
    const r = decode('#g=access&j=us&by=pigeon');
    expect(r.state).toEqual({ ...emptyScriptState, goal: 'access', jurisdiction: 'us' });
    expect(r.ignored).toEqual(['other']);
    expect(decode('#g=access&j=us&id=yes')).toEqual({ state: { ...emptyScriptState, goal: 'access', jurisdiction: 'us' }, ignored: ['other'] });
  });

  it('keeps a country only with the EU/EEA place, and a step only when it exists', () => {
    expect(decode('#g=decline&j=eu&c=de').state.country).toBe('DE');
    expect(decode('#g=decline&j=eu&c=GB')).toEqual({ state: { ...emptyScriptState, goal: 'decline', jurisdiction: 'eu' }, ignored: ['country'] });
    expect(decode('#g=decline&j=uk&c=FR')).toEqual({ state: { ...emptyScriptState, goal: 'decline', jurisdiction: 'uk' }, ignored: ['country'] });
    expect(encodeScriptState({ ...emptyScriptState, jurisdiction: 'us', country: 'FR' })).toBe('#j=us');
    expect(decode('#g=decline&j=us&s=followUp').state.step).toBe('followUp');
    expect(decode('#g=decline&j=us&s=nowhere')).toEqual({ state: { ...emptyScriptState, goal: 'decline', jurisdiction: 'us' }, ignored: ['other'] });
  });

  it('drops a sender email or phone that is not one, keeping the rest', () => {
    const r = decode('#g=access&j=us&p=1&name=Ana&mail=not-an-email&tel=call+me&addr=1+Main+St');
    expect(r.state.values).toEqual({ name: 'Ana', address: '1 Main St' });
    expect(r.ignored).toEqual(['fields']);
  });

  it('never throws on garbage', () => {
    for (const hash of ['#', '#%', '#%E0%A4%A', '#g', '#=&=&', '#g=access&g=erase', `#name=${'%'.repeat(50)}`, '#p=yes', `#${'a'.repeat(MAX_FRAGMENT_LENGTH * 2)}`, '#g=__proto__&j=constructor']) {
      expect(() => decode(hash), hash).not.toThrow();
    }
    expect(decode(`#g=access&j=us&${'z'.repeat(MAX_FRAGMENT_LENGTH)}`).ignored).toContain('other');
    expect(decode('#g=__proto__&j=constructor').state).toEqual(emptyScriptState);
  });
});

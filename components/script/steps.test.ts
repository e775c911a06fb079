import { describe, expect, it } from 'vitest';
import { neighbours, scriptSteps } from './steps';

describe('neighbours', () => {
  it('has no step before the first or after the last', () => {
    expect(neighbours('say')).toEqual({ previous: null, next: 'letter' });
    expect(neighbours('followUp')).toEqual({ previous: 'date', next: null });
  });
  it('walks every step in order', () => {
    expect(scriptSteps.slice(1).map((s) => neighbours(s).previous)).toEqual(scriptSteps.slice(0, -1));
  });
});

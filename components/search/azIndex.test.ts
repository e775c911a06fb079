import { describe, expect, it } from 'vitest';
import { groupAz, letterOf } from './azIndex';

describe('letterOf', () => {
  it('folds accents and files signs under #', () => {
    expect(letterOf('Órganos')).toBe('O');
    expect(letterOf('éxito')).toBe('E');
    expect(letterOf('¿Qué preguntar?')).toBe('Q');
    expect(letterOf('3D')).toBe('#');
    expect(letterOf('')).toBe('#');
  });
});

describe('groupAz', () => {
  it('groups by folded letter and sorts with the locale', () => {
    const groups = groupAz(
      [
        { label: 'Opt out', href: '/a' },
        { label: 'Ómnibus', href: '/b' },
        { label: 'anonymization', href: '/c' },
        { label: 'DICOM', href: '/d' },
        { label: '2024 rules', href: '/e' },
        { label: 'DICOM', href: '/d' },
      ],
      'en',
    );
    expect(groups.map((g) => g.letter)).toEqual(['A', 'D', 'O', '#']);
    expect(groups[2].entries.map((e) => e.label)).toEqual(['Ómnibus', 'Opt out']);
    expect(groups[1].entries).toHaveLength(1);
  });
  it('sorts Spanish ñ after n', () => {
    const groups = groupAz([{ label: 'año', href: '/1' }, { label: 'anzuelo', href: '/2' }], 'es');
    expect(groups[0].entries.map((e) => e.label)).toEqual(['anzuelo', 'año']);
  });
});

import { describe, expect, it } from 'vitest';
import { startHereNeighbours } from './startHere';

const path = ['a', 'b', 'c'] as const;

describe('startHereNeighbours', () => {
  it('gives only a next link on the first article', () => {
    expect(startHereNeighbours('a', path)).toEqual({ n: 1, total: 3, previous: undefined, next: 'b' });
  });
  it('gives both in the middle and only a previous link at the end', () => {
    expect(startHereNeighbours('b', path)).toMatchObject({ n: 2, previous: 'a', next: 'c' });
    expect(startHereNeighbours('c', path)).toMatchObject({ n: 3, previous: 'b', next: undefined });
  });
  it('is null for an article off the path', () => {
    expect(startHereNeighbours('z', path)).toBeNull();
  });
});

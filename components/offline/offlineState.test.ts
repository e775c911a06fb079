import { describe, expect, it } from 'vitest';
import { formatSize, isPrecacheOf, progressOf, savedLocales, splitAround } from './offlineState';

describe('formatSize', () => {
  it('uses the page language and decimal megabytes', () => {
    expect(formatSize(5_537_840, 'en')).toBe('5.5 MB');
    expect(formatSize(5_537_840, 'es-US')).toBe('5.5 MB');
    expect(formatSize(5_537_840, 'es-ES')).toBe('5,5 MB');
  });
  it('drops the decimal for large copies and never says zero', () => {
    expect(formatSize(23_400_000, 'en')).toBe('23 MB');
    expect(formatSize(1_000, 'en')).toBe('0.1 MB');
  });
});

describe('progressOf', () => {
  it('counts up to the total and says when it is finished', () => {
    expect(progressOf(0, 73)).toEqual({ done: 0, total: 73, finished: false });
    expect(progressOf(40, 73)).toEqual({ done: 40, total: 73, finished: false });
    expect(progressOf(73, 73)).toEqual({ done: 73, total: 73, finished: true });
  });
  it('clamps a cache that holds old entries during an update', () => {
    expect(progressOf(90, 73).done).toBe(73);
    expect(progressOf(-1, 73).done).toBe(0);
    expect(progressOf(0, 0).finished).toBe(false);
  });
});

describe('savedLocales', () => {
  const origin = 'https://example.org';
  it('finds languages from the registrations, ignoring the root worker', () => {
    expect(savedLocales([`${origin}/`, `${origin}/es/`], origin, ['en', 'es'])).toEqual(['es']);
    expect(savedLocales([], origin, ['en', 'es'])).toEqual([]);
  });
  it('ignores another origin', () => {
    expect(savedLocales(['https://other.example/en/'], origin, ['en'])).toEqual([]);
  });
});

describe('isPrecacheOf', () => {
  it('matches the Workbox precache of one language only', () => {
    expect(isPrecacheOf('bys-en-precache-v2-https://example.org/en/', 'en')).toBe(true);
    expect(isPrecacheOf('bys-es-precache-v2-https://example.org/es/', 'en')).toBe(false);
    expect(isPrecacheOf('bys-root-precache-v2-https://example.org/', 'en')).toBe(false);
  });
});

describe('splitAround', () => {
  it('cuts a template around its placeholder', () => {
    expect(splitAround('Also save {language}', 'language')).toEqual(['Also save ', '']);
    expect(splitAround('Guardar también la versión {language} ahora', 'language')).toEqual(['Guardar también la versión ', ' ahora']);
    expect(splitAround('No placeholder', 'language')).toEqual(['No placeholder', '']);
  });
});

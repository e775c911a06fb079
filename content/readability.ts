import { syllable } from 'syllable';
// silabea splits Spanish words into syllables by the RAE rules (diphthongs, hiatus, accents).
// @ts-expect-error -- the package ships no types
import silabea from 'silabea';

export type ReadabilityLocale = 'en' | 'es';

/**
 * The prose a reader reads in an MDX article: no frontmatter, no code, no markup, no URLs.
 * Each heading, list item and paragraph ends a sentence even without a full stop.
 */
export function proseFromMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/[*_`|]/g, '')
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:;]["')\]]?$/.test(line) ? line : `${line}.`))
    .join('\n');
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function syllablesOf(word: string, locale: ReadabilityLocale): number {
  // Numbers and abbreviations are read aloud as a short word or two; count them as two syllables.
  if (/\d/.test(word)) return 2;
  if (locale === 'en') return Math.max(1, syllable(word));
  return Math.max(1, silabea.getSilabas(word.toLowerCase()).numeroSilaba as number);
}

export type TextStats = { sentences: number; words: number; syllables: number };

export function textStats(prose: string, locale: ReadabilityLocale): TextStats {
  const sentences = prose.split(/[.!?]+(?=\s|$)|[:;](?=\s*\n)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  const words = prose.match(wordPattern) ?? [];
  const syllables = words.reduce((sum, w) => sum + syllablesOf(w, locale), 0);
  return { sentences: Math.max(1, sentences), words: words.length, syllables };
}

/** Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade({ sentences, words, syllables }: TextStats): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Fernández-Huerta (1959) reading ease for Spanish: 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words. Higher is easier; 60+ is "normal" to "easy". */
export function fernandezHuerta({ sentences, words, syllables }: TextStats): number {
  return 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * ((sentences / words) * 100);
}

export type Readability = { locale: ReadabilityLocale; words: number; score: number; passes: boolean; measure: 'grade' | 'ease' };

export const limits = { enMaxGrade: 8, esMinEase: 60 } as const;

export function readabilityOf(mdx: string, locale: ReadabilityLocale): Readability {
  const stats = textStats(proseFromMdx(mdx), locale);
  if (locale === 'en') {
    const score = fleschKincaidGrade(stats);
    return { locale, words: stats.words, score, passes: score <= limits.enMaxGrade, measure: 'grade' };
  }
  const score = fernandezHuerta(stats);
  return { locale, words: stats.words, score, passes: score >= limits.esMinEase, measure: 'ease' };
}

/**
 * Minutes a reader needs, rounded up to whole minutes. 180 words a minute is a slow, careful
 * pace (adult silent reading averages about 240): the estimate should reassure, not rush.
 */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / 180));
}

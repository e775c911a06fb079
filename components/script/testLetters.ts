// Example letters shared by the unit tests of everything that turns a letter into something
// else (mailto link, PDF). Built from the real content and assembleScript, so the tests see
// real lengths, accents and sender blocks.
import { getScripts } from '@/content';
import { assembleScript, type Letter } from './assemble';
import type { LetterValues } from './fields';

const build = (locale: 'en' | 'es', values: LetterValues): Letter =>
  assembleScript({ set: getScripts(locale), goal: 'access', jurisdiction: 'eu', values, today: '2026-11-22', locale })!.letter;

/** A usual English letter, all details given. */
export const englishLetter = build('en', {
  name: 'Ann Lee',
  address: '12 High Street\nLeeds LS1 4AB',
  email: 'ann.lee@example.org',
  phone: '+44 113 496 0000',
  facility: 'St. Mary\'s Imaging & "Scan" #3',
  record: 'MRN-0042',
  dob: '1970-05-01',
});

/** A Spanish letter: accents and ñ come from the content and the fields. */
export const spanishLetter = build('es', {
  name: 'María José Peña Núñez',
  address: 'Calle Mayor 5, 3.º izq.\n28013 Madrid',
  facility: 'Clínica Señora de Begoña',
  record: 'HC-1234',
});

/** Names outside Latin-1: the PDF must switch to the embedded font to write them. */
export const foreignNamesLetter = build('en', {
  name: 'Łukasz Kowalczyk',
  address: 'ul. Żółkiewskiego 7\n00-001 Warszawa',
  facility: 'Ελένη Παπαδοπούλου Clinic (Клиника Дмитрий)',
  record: 'Brno-č-ő',
});

/** Markup typed into the fields must stay text everywhere. */
export const markupLetter = build('en', { name: '<script>alert(1)</script>', address: '<img src=x onerror=alert(1)>', facility: 'A&B <b>Clinic</b>' });

/** Far longer than a page: the font shrinks to its floor and the rest flows onto page two. */
export const longLetter: Letter = {
  ...englishLetter,
  paragraphs: Array.from({ length: 8 }, () => englishLetter.paragraphs).flat(),
};

/** About twice the usual length: fits one page (A4 and Letter) only once the font is smaller. */
export const longerLetter: Letter = {
  ...spanishLetter,
  paragraphs: Array.from({ length: 11 }, (_, i) => spanishLetter.paragraphs[i % spanishLetter.paragraphs.length]),
};

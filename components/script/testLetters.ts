// Example letters shared by the unit tests of everything that turns a letter into something
// else (mailto link, PDF). Built from the real content, so the tests see real lengths and accents.
import { getScripts } from '@/content';
import { assembleScript, type Letter } from './assemble';

const build = (locale: 'en' | 'es', values: Record<string, string>): Letter =>
  assembleScript({ set: getScripts(locale), goal: 'access', jurisdiction: 'eu', values, today: '2026-11-22', locale })!.letter;

const withSender = (letter: Letter, sender: string[]): Letter => ({ ...letter, sender });

/** A usual English letter, all details given. */
export const englishLetter = withSender(build('en', { name: 'Ann Lee', facility: 'St. Mary\'s Imaging & "Scan" #3', record: 'MRN-0042', dob: '1970-05-01' }), [
  'Ann Lee',
  '12 High Street',
  'Leeds LS1 4AB',
  'ann.lee@example.org',
  '+44 113 496 0000',
]);

/** A Spanish letter: accents, ñ, ¿ and « » come from the content and the fields. */
export const spanishLetter = withSender(build('es', { name: 'María José Peña Núñez', facility: 'Clínica Señora de Begoña', record: 'HC-1234' }), [
  'María José Peña Núñez',
  'Calle Mayor 5, 3.º izq.',
  '28013 Madrid',
]);

/** Names outside Latin-1: the PDF must switch to the embedded font to write them. */
export const foreignNamesLetter = withSender(build('en', { name: 'Łukasz Kowalczyk', facility: 'Ελένη Παπαδοπούλου Clinic (Клиника Дмитрий)', record: 'Brno-č-ő' }), [
  'Łukasz Kowalczyk',
  'ul. Żółkiewskiego 7',
  '00-001 Warszawa',
]);

/** Markup typed into the fields must stay text everywhere. */
export const markupLetter = withSender(build('en', { name: '<script>alert(1)</script>', facility: 'A&B <b>Clinic</b>', reason: 'x' }), ['<img src=x onerror=alert(1)>']);

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

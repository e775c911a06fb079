import { expect, type Page } from '@playwright/test';

/** The script tool's step buttons, as the reader sees them in each language. */
export const stepNames = {
  en: { nav: 'Steps', steps: ['Say it', 'Send the letter', 'Note the date', 'Follow up'] },
  es: { nav: 'Pasos', steps: ['Dígalo', 'Envíe la carta', 'Anote la fecha', 'Insista o reclame'] },
} as const;

/** Opens step `n` (1-4) of the script tool from its step navigation, as a reader would. */
export async function goToStep(page: Page, locale: 'en' | 'es', n: 1 | 2 | 3 | 4) {
  const { nav, steps } = stepNames[locale];
  const button = page.getByRole('navigation', { name: nav }).getByRole('button', { name: `${n} ${steps[n - 1]}`, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'step');
}

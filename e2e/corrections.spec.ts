import { expect, test } from '@playwright/test';
import { publishers } from '../content/publishers';
import { articleSlugs, handouts } from './support/content';

// One assertion per correction of the independent legal review, by meaning, in both languages.
// Numbers refer to the review's list: 1 revoking research authorization, 2 England's opt-out
// limits, 3 OCR 180 days, 4 deadlines from receipt, 5 Art. 18(1)(d), 6 US notices, 7 research
// without asking, 8 restriction scope, 9 UK complaints, 10 AI Act dates, 11 business associates,
// 12 body-composition inputs, 13 AUC chance level, 14 retaliation, 15 accounting for research,
// 16 sources on the same page.
const corrections: [number, string, string, string][] = [
  [1, "/articles/your-rights-in-the-us/", "researchers may keep using data they already have", "los investigadores pueden seguir usando los datos que ya tienen"],
  [1, "/checklists/after-your-scan/", "Researchers may keep using data they already have to protect the study.", "pueden seguir usando lo que ya tienen para proteger el estudio"],
  [2, "/articles/your-rights-in-the-eu-and-uk/", "for the national registries of cancer, congenital anomalies and rare diseases", "registros nacionales de cáncer, de anomalías congénitas y de enfermedades raras"],
  [2, "/glossary/", "It does not cover anonymised data or studies they agreed to.", "No cubre datos anónimos, estudios que usted aceptó"],
  [3, "/articles/after-your-scan/", "File within 180 days of when you knew, or should have known", "dentro de los 180 días desde que supo del problema"],
  [4, "/articles/your-rights-in-the-us/", "The provider must act within 30 days after it receives your request", "El proveedor debe responder en 30 días desde que recibe su pedido"],
  [5, "/articles/your-rights-in-the-eu-and-uk/", "The right to a pause in Article 18(1)(d) is for other objections", "es para otras oposiciones, las del artículo 21.1"],
  [6, "/checklists/privacy-notices/", "A US notice does not have to name companies", "En EE. UU. no hay que nombrarlas (45 CFR 164.520)"],
  [7, "/questions/", "research with images that identify you needs your OK", "investigar con imágenes que lo identifican exige su permiso"],
  [8, "/articles/your-rights-in-the-us/", "A restriction request is not how you say no to research.", "no es la forma de decir que no a la investigación"],
  [9, "/articles/your-rights-in-the-eu-and-uk/", "confirm they got your complaint within 30 days of receiving it", "Deben confirmarle que recibieron su queja en un plazo de 30 días"],
  [10, "/articles/your-rights-in-the-eu-and-uk/", "moves it to 2 August 2028", "la pasa al 2 de agosto de 2028"],
  [10, "/articles/for-clinics-and-advocates/", "Regulation 2024/1689 sets 2 August 2027.", "El Reglamento 2024/1689 fija el 2 de agosto de 2027."],
  [11, "/articles/where-your-images-go/", "Another doctor or hospital that treats you is not.", "Otro médico u hospital que lo atiende a usted no lo es."],
  [12, "/articles/how-ai-reads-your-scan/", "chest X-ray plus the person's age, sex, height and weight", "más la edad, el sexo, la estatura y el peso de la persona"],
  [13, "/articles/how-ai-reads-your-scan/", "where 0.5 is chance and 1.0 is perfect", "En esta escala, 0.5 es el azar y 1.0 es perfecto"],
  [14, "/articles/your-rights-in-the-us/", "HIPAA forbids providers, health plans and their business associates from punishing you", "los planes de salud y sus socios comerciales lo castiguen por quejarse"],
  [15, "/articles/your-rights-in-the-us/", "Research with 50 or more people has its own rule", "La investigación con 50 personas o más tiene su propia regla"],
  [16, "/articles/hidden-data-in-image-files/", "It is called Burned In Annotation, tag (0028,0301)", "Se llama Burned In Annotation, etiqueta (0028,0301)"],
];

// Reading must work without JavaScript, and the question list then shows the whole bank.
test.use({ javaScriptEnabled: false });

for (const [n, path, en, es] of corrections) {
  for (const [locale, phrase] of [['en', en], ['es', es]] as const) {
    test(`correction ${n} (${locale}): ${path} says "${phrase.slice(0, 50)}"`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole('main')).toContainText(phrase);
    });
  }
}

const hosts = new Set(publishers.map((p) => p.host));
for (const locale of ['en', 'es'] as const) {
  test(`correction 16 (${locale}): every source listed on an article or handout comes from an accepted publisher`, async ({ page }) => {
    const paths = [...articleSlugs(locale).map((s) => `/articles/${s}/`), ...handouts(locale).map((h) => `/handouts/${h.slug}/`)];
    for (const path of paths) {
      await page.goto(`/${locale}${path}`);
      const links = page.getByRole('region', { name: locale === 'en' ? 'Sources' : 'Fuentes' }).getByRole('link');
      const hrefs = await links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
      expect(hrefs.length, path).toBeGreaterThanOrEqual(2);
      for (const href of hrefs) expect(hosts.has(new URL(href).hostname), `${path}: ${href}`).toBe(true);
    }
  });

  test(`correction 16 (${locale}): Minnesota 144.295 is cited on the page that names it`, async ({ page }) => {
    await page.goto(`/${locale}/articles/your-rights-in-the-us/`);
    await expect(page.getByRole('main')).toContainText('144.295');
    await expect(page.getByRole('region', { name: locale === 'en' ? 'Sources' : 'Fuentes' }).locator('a[href="https://www.revisor.mn.gov/statutes/cite/144.295"]')).toHaveCount(1);
  });

  test(`correction 6 (${locale}): the privacy-notice checklist calls no lawful US notice a red flag`, async ({ page }) => {
    await page.goto(`/${locale}/checklists/privacy-notices/`);
    await expect(page.getByRole('main')).not.toContainText(locale === 'en' ? /red flag/i : /señal de alerta/i);
  });
}

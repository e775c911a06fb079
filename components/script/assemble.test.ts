import { describe, expect, it } from 'vitest';
import { getScripts } from '@/content';
import { jurisdictions, scriptGoals, type Jurisdiction, type ScriptGoal } from '@/content/scriptInputs';
import { assembleScript, BLANK, isGoalSet, letterAsText, offeredGoals, spokenAsText, type AssembledScript, type GoalSet } from './assemble';

const today = '2026-11-22';
const sets: Record<string, GoalSet> = Object.fromEntries((['en', 'es'] as const).map((l) => [l, getScripts(l)]));

/** What the product promises: each goal only where the law behind it applies. */
const offered: Record<ScriptGoal, Jurisdiction[]> = {
  ask: ['us', 'eu', 'uk', 'elsewhere'],
  decline: ['us', 'eu', 'uk', 'elsewhere'],
  revoke: ['us', 'elsewhere'],
  restrict: ['us'],
  confidential: ['us'],
  accounting: ['us'],
  access: ['us', 'eu', 'uk', 'elsewhere'],
  erase: ['eu', 'uk', 'elsewhere'],
};
const pairs = scriptGoals.flatMap((g) => offered[g].map((j) => [g, j] as const));

/** Every string in the output, to check that nothing is left unfilled. */
const strings = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.flatMap(strings) : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : []);
const build = (locale: string, goal: ScriptGoal, jurisdiction: Jurisdiction, values = {}) => assembleScript({ set: sets[locale], goal, jurisdiction, values, today, locale })!;

describe('offered goals', () => {
  it.each(['en', 'es'])('%s: match the promise for every jurisdiction', (locale) => {
    for (const j of jurisdictions) expect(offeredGoals(sets[locale].goals, j)).toEqual(scriptGoals.filter((g) => offered[g].includes(j)));
  });

  it('returns nothing for a goal that is not offered', () => {
    expect(assembleScript({ set: sets.en, goal: 'accounting', jurisdiction: 'eu', values: {}, today, locale: 'en' })).toBeNull();
    expect(assembleScript({ set: sets.en, goal: 'erase', jurisdiction: 'us', values: {}, today, locale: 'en' })).toBeNull();
    expect(assembleScript({ set: sets.es, goal: 'restrict', jurisdiction: 'uk', values: {}, today, locale: 'es' })).toBeNull();
  });
});

describe.each(['en', 'es'])('assembleScript (%s)', (locale) => {
  it.each(pairs)('%s in %s: a complete script, letter and follow-ups', (goal, j) => {
    const s = build(locale, goal, j);
    expect(s.goal).toBe(goal);
    expect(s.spoken.followUps.length).toBeGreaterThanOrEqual(2);
    expect(s.spoken.followUps.length).toBeLessThanOrEqual(4);
    expect(s.spoken.branches.length).toBeGreaterThanOrEqual(2);
    expect(s.letter.paragraphs.length).toBeGreaterThanOrEqual(2);
    // Nothing left as a raw placeholder anywhere.
    for (const text of strings(s)) expect(text, text).not.toMatch(/\{\w+\}/);
    // With no details given, the letter has lines to fill in by hand.
    expect(s.letter.from.every((f) => f.value === BLANK)).toBe(true);
    expect(s.followUp.noAnswer.paragraphs.join(' ')).toContain(BLANK);
    if (j === 'elsewhere') {
      expect(s.citation).toBeUndefined();
      expect(s.deadline).toBeUndefined();
      expect(strings([s.spoken, s.letter, s.lawNote ?? '']).join(' ')).not.toMatch(/CFR|HIPAA|GDPR|RGPD|Article|artículo/);
    } else {
      // Every legal text names its rule.
      expect(s.citation).toMatch(j === 'us' ? /^45 CFR 164\.5\d\d/ : /(GDPR|RGPD).*(Article|artículo)|artículos? .* del RGPD/);
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.complaint.citation).toBeTruthy();
    }
  });

  it('names the complaint route for each place', () => {
    const text = (j: Jurisdiction) => build(locale, 'access', j).complaint.text;
    expect(text('us')).toMatch(/OCR/);
    expect(text('us')).toMatch(/180/);
    expect(build(locale, 'access', 'eu').complaint.citation).toMatch(/77/);
    expect(text('uk')).toMatch(/ICO/);
  });

  it('sets the due date the rule gives, from the send date or today', () => {
    expect(build(locale, 'access', 'us').deadline).toMatchObject({ sent: today, due: '2026-12-22', sentGiven: false, passed: false });
    expect(build(locale, 'accounting', 'us', { sent: '2026-11-01' }).deadline).toMatchObject({ due: '2026-12-31', sentGiven: true });
    expect(build(locale, 'access', 'eu', { sent: '2026-01-31' }).deadline).toMatchObject({ due: '2026-02-28', passed: true });
    expect(build(locale, 'decline', 'uk').deadline?.due).toBe('2026-12-22');
    // Rules that set no reply time get no reminder.
    for (const [g, j] of [['decline', 'us'], ['revoke', 'us'], ['restrict', 'us'], ['confidential', 'us'], ['ask', 'us']] as const) expect(build(locale, g, j).deadline).toBeUndefined();
  });

  it('counts from the likely day of receipt: same day in person or online, 3 working days by post', () => {
    const by = (delivery: 'hand' | 'online' | 'post' | null, goal: ScriptGoal, j: Jurisdiction, sent: string) =>
      assembleScript({ set: sets[locale], goal, jurisdiction: j, values: { sent }, today, locale, delivery })!.deadline!;
    // Friday 27 November 2026: by hand or online received that day; posted, the next Wednesday.
    expect(by('hand', 'access', 'us', '2026-11-27')).toMatchObject({ received: '2026-11-27', due: '2026-12-27', delivery: 'hand' });
    expect(by('online', 'access', 'us', '2026-11-27')).toMatchObject({ received: '2026-11-27', due: '2026-12-27' });
    expect(by('post', 'access', 'us', '2026-11-27')).toMatchObject({ received: '2026-12-02', due: '2027-01-01', delivery: 'post' });
    expect(by(null, 'access', 'us', '2026-11-27')).toMatchObject({ received: '2026-11-27', delivery: null });
    // 60 days for an accounting; one month under the GDPR, clamped to a short month's end.
    expect(by('post', 'accounting', 'us', '2026-12-30').due).toBe('2027-03-05');
    expect(by('hand', 'access', 'eu', '2027-01-31').due).toBe('2027-02-28');
    expect(by('post', 'access', 'uk', '2027-01-28')).toMatchObject({ received: '2027-02-02', due: '2027-03-02' });
    expect(by('post', 'access', 'us', '2026-11-27').receivedText).not.toBe(by('post', 'access', 'us', '2026-11-27').sentText);
  });

  it('addresses EU and UK letters to the Data Protection Officer and US letters to the privacy officer', () => {
    const to = (j: Jurisdiction) => build(locale, 'access', j).letter;
    const dpo = locale === 'en' ? /Data Protection Officer/ : /Delegado\/a de Protección de Datos/;
    for (const j of ['eu', 'uk'] as const) {
      expect(to(j).to.value).toMatch(dpo);
      expect(to(j).greeting).toMatch(dpo);
    }
    expect(to('us').to.value).not.toMatch(dpo);
    expect(build(locale, 'access', 'eu', { facility: 'Klinik Nord' }).letter.to.value).toMatch(/Klinik Nord/);
  });

  it('adds the offer of proof of identity only when asked, before the closing request', () => {
    for (const j of ['us', 'eu', 'uk', 'elsewhere'] as const) {
      const plain = build(locale, 'access', j).letter.paragraphs;
      const offered = assembleScript({ set: sets[locale], goal: 'access', jurisdiction: j, values: {}, today, locale, offerId: true })!.letter.paragraphs;
      const line = sets[locale].common.jurisdictions[j].identityLine;
      expect(plain).not.toContain(line);
      expect(offered).toHaveLength(plain.length + 1);
      expect(offered.at(-2)).toBe(line);
      expect(offered.at(-1)).toBe(plain.at(-1));
    }
  });

  it('says under a UK due date that the clock can stop, and nowhere else', () => {
    expect(build(locale, 'access', 'uk').deadline?.note).toMatch(/12A/);
    expect(build(locale, 'decline', 'uk').deadline?.note).toMatch(/12A/);
    for (const j of ['us', 'eu'] as const) expect(build(locale, 'access', j).deadline?.note).toBeUndefined();
  });

  it("cites the UK GDPR's own articles to a UK reader, and the GDPR's to an EU reader", () => {
    const hosts = (j: Jurisdiction) => build(locale, 'access', j).sources.map((s) => new URL(s.url).hostname);
    expect(hosts('uk')).not.toContain('eur-lex.europa.eu');
    expect(hosts('uk')).toContain('www.legislation.gov.uk');
    expect(hosts('eu')).toContain('eur-lex.europa.eu');
    expect(hosts('eu')).not.toContain('www.legislation.gov.uk');
    const gdpr = build(locale, 'erase', 'eu').sources.find((s) => s.url.includes('eur-lex'))!;
    expect(gdpr.url).toContain(`/legal-content/${locale.toUpperCase()}/`);
  });

  it('shares the GDPR text between the EU and the UK, naming each law', () => {
    const eu = build(locale, 'access', 'eu');
    const uk = build(locale, 'access', 'uk');
    expect(eu.letter.paragraphs.join(' ')).not.toMatch(/UK GDPR|RGPD del Reino Unido/);
    expect(uk.letter.paragraphs.join(' ')).toMatch(/UK GDPR|RGPD del Reino Unido/);
  });

  it('says plainly where the law gives no right', () => {
    expect(build(locale, 'decline', 'us').lawNote).toMatch(locale === 'en' ? /no right to opt out of research with de-identified data/ : /no le da derecho a negarse/);
    expect(build(locale, 'restrict', 'us').lawNote).toMatch(/164\.522\(a\)\(1\)\(vi\)/);
    expect(build(locale, 'erase', 'eu').lawNote).toMatch(locale === 'en' ? /17\(3\)\(d\)/ : /17\.3\.d\)/);
  });
});

describe('user values', () => {
  const values = {
    name: '<script>alert("x")</script> Ana',
    facility: 'St. Mary\'s {scan} & "Clinic"',
    record: 'MRN-1234',
    dob: '1980-05-01',
    scanDate: '2026-11-01',
    sent: '2026-11-20',
    reason: 'I am a public figure; my face is known. {facility}',
  };

  it('are inserted literally, once, and never expanded as placeholders', () => {
    const s = build('en', 'decline', 'eu', values);
    const letter = letterAsText(s.letter);
    expect(letter).toContain('Name: <script>alert("x")</script> Ana');
    expect(letter).toContain('I am a patient of St. Mary\'s {scan} & "Clinic". I am writing about my scan on 1 November 2026.');
    expect(letter).toContain('are: I am a public figure; my face is known. {facility}');
    // An English letter to an EU body writes day-month-year.
    expect(letter).toContain('Date of birth: 1 May 1980');
    expect(letter).toContain('Date: 20 November 2026');
    expect(s.letter.to.value).toBe('The Data Protection Officer, St. Mary\'s {scan} & "Clinic"');
    expect(s.followUp.refused.paragraphs[0]).toContain('On 20 November 2026, I asked you to stop using my images');
  });

  it('date a US letter in English month-first, and every other place day-month-year', () => {
    expect(letterAsText(build('en', 'access', 'us', values).letter)).toContain('Date: November 20, 2026');
    expect(letterAsText(build('en', 'access', 'uk', values).letter)).toContain('Date: 20 November 2026');
    expect(letterAsText(build('en', 'access', 'elsewhere', values).letter)).toContain('Date: 20 November 2026');
    expect(build('en', 'access', 'eu', values).deadline?.dueText).toBe('20 December 2026');
    expect(letterAsText(build('es', 'access', 'eu', values).letter)).toContain('20 de noviembre de 2026');
  });

  it('put the sender block at the top of every letter, only with what was given', () => {
    const sender = { ...values, address: ' 12 High Street \n\n Leeds LS1 1AA ', email: 'ana@example.org', phone: '+44 113 496 0000' };
    const s = build('en', 'decline', 'uk', sender);
    expect(s.letter.sender).toEqual(['<script>alert("x")</script> Ana', '12 High Street', 'Leeds LS1 1AA', 'ana@example.org', '+44 113 496 0000']);
    expect(s.followUp.noAnswer.sender).toEqual(s.letter.sender);
    expect(letterAsText(s.letter).split('\n').slice(0, 6)).toEqual([...s.letter.sender, '']);
    expect(build('en', 'decline', 'uk', { email: 'ana@example.org' }).letter.sender).toEqual(['ana@example.org']);
    expect(build('en', 'decline', 'uk').letter.sender).toEqual([]);
    expect(letterAsText(build('en', 'decline', 'uk').letter).startsWith('Name: ')).toBe(true);
  });

  it("name the chosen country's authority in EU follow-ups, and a generic one without a country", () => {
    const spain = { name: 'Spanish Data Protection Agency (Agencia Española de Protección de Datos)', country: 'Spain' };
    const named = assembleScript({ set: sets.en, goal: 'decline', jurisdiction: 'eu', values: {}, today, locale: 'en', authority: spain })!;
    expect(named.followUp.noAnswer.paragraphs.at(-1)).toBe('If I do not hear from you, I may complain to the data protection authority in Spain, the Spanish Data Protection Agency (Agencia Española de Protección de Datos), under GDPR Article 77.');
    const es = assembleScript({ set: sets.es, goal: 'decline', jurisdiction: 'eu', values: {}, today, locale: 'es', authority: { name: 'Agencia Española de Protección de Datos', country: 'España' } })!;
    expect(es.followUp.refused.paragraphs.at(-1)).toContain('ante la autoridad de protección de datos de España (Agencia Española de Protección de Datos), conforme al artículo 77');
    expect(build('en', 'decline', 'eu').followUp.refused.paragraphs.at(-1)).toContain('complain to the data protection authority under GDPR Article 77');
    expect(build('es', 'decline', 'eu').followUp.noAnswer.paragraphs.at(-1)).toContain('ante la autoridad de protección de datos, conforme al artículo 77');
    expect(JSON.stringify(build('en', 'decline', 'uk').followUp)).toContain('Information Commissioner');
  });

  it('leave a blank where the objection reason is missing', () => {
    expect(build('en', 'decline', 'uk').letter.paragraphs.join(' ')).toContain(`are: ${BLANK} (write your reasons here)`);
  });

  it('fill the contact method for confidential communications', () => {
    expect(build('es', 'confidential', 'us', { contact: 'Apartado 12, Miami' }).letter.paragraphs.join(' ')).toContain('Apartado 12, Miami');
    expect(build('en', 'confidential', 'us').extraFields).toEqual(['contact']);
    expect(build('en', 'decline', 'eu').extraFields).toEqual(['reason']);
    expect(build('en', 'access', 'us').extraFields).toEqual([]);
  });

  it('come out as plain text for copying', () => {
    const s: AssembledScript = build('es', 'access', 'us', values);
    const text = spokenAsText(s);
    expect(text).toContain('45 CFR 164.524');
    expect(text.split('\n')[0]).toBe(`${s.title} (${s.jurisdictionName})`);
    expect(letterAsText(s.letter).endsWith('<script>alert("x")</script> Ana')).toBe(true);
  });
});

describe('isGoalSet (the other language, fetched for the side-by-side script)', () => {
  it('accepts every language as goals.json serves it', () => {
    for (const locale of ['en', 'es'] as const) {
      const { goals, common, sources } = getScripts(locale);
      expect(isGoalSet(JSON.parse(JSON.stringify({ goals, common, sources })))).toBe(true);
    }
  });
  it('refuses what a broken host or a captive portal might send instead', () => {
    const { goals, common, sources } = getScripts('en');
    for (const bad of [null, 'html', [], {}, { goals: [], common, sources }, { goals, common: null, sources }, { goals: [{ goal: 1 }], common, sources }, { goals, common, sources: [] }]) {
      expect(isGoalSet(bad)).toBe(false);
    }
  });
});

import { z } from 'zod';
import { questionInputs, questionTopics } from './questionInputs';
import { eeaCountries, scriptGoals, variantKeys, type Jurisdiction, type VariantKey } from './scriptInputs';
import { checkerRef } from './site';

export { questionInputs, questionTopics };

/** Locale-free site path: `/articles/slug/`, `/glossary/#term`. */
const internalPath = z.string().regex(/^\/[a-z0-9/#-]*$/, 'must be a site path like /articles/slug/ (no language prefix, no external URL)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-22');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/**
 * When a page was first published and when its next review is due, beside `lastReviewed`.
 * content/review.ts checks the gap: a page that cites law is reviewed within 12 months.
 */
const reviewFields = { published: isoDate, nextReview: isoDate };

export const themes = ['ai-and-your-images', 'your-data', 'your-rights', 'taking-action'] as const;

export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  year: z.number().int().min(1990).max(2100),
  url: z.url({ protocol: /^https?$/ }),
  /** The title's language when it is not the page's (a Spanish page citing an English paper: "en"). */
  lang: z.enum(['en', 'es']).optional(),
});

export const toolRef = z.union([z.literal('questions'), z.literal('script'), z.literal(checkerRef), z.string().regex(/^checklist:[a-z0-9-]+$/, `must be questions, script, ${checkerRef} or checklist:SLUG`)]);

export const articleMetaSchema = z.object({
  title: z.string().min(5).max(90),
  description: z.string().min(40).max(200),
  theme: z.enum(themes),
  summary: z.array(z.string().min(10)).min(2).max(4),
  lastReviewed: isoDate,
  ...reviewFields,
  sources: z.array(sourceSchema).min(2),
  relatedTools: z.array(toolRef).default([]),
  relatedArticles: z.array(slug).default([]),
  translationReviewed: z.boolean().optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Source = z.infer<typeof sourceSchema>;

export const glossarySchema = z.object({
  translationReviewed: z.boolean().optional(),
  terms: z.array(z.object({ id: slug, term: z.string().min(2), definition: z.string().min(20).max(400) })).min(1),
});
export type Glossary = z.infer<typeof glossarySchema>;

export const checklistSchema = z.object({
  title: z.string().min(5).max(90),
  description: z.string().min(40).max(200),
  intro: z.string().min(10).max(400),
  lastReviewed: isoDate,
  ...reviewFields,
  translationReviewed: z.boolean().optional(),
  items: z
    .array(
      z.object({
        id: slug,
        label: z.string().min(5).max(120),
        why: z.string().min(5).max(200).optional(),
        link: internalPath.optional(),
      }),
    )
    .min(6)
    .max(12)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const questionSchema = z.object({
  id: slug,
  question: z.object({ self: z.string().min(5).max(160), other: z.string().min(5).max(160) }),
  why: z.string().min(10).max(300),
  goodAnswer: z.string().min(10).max(300),
  ifWorried: z.object({ text: z.string().min(5).max(220), link: internalPath.optional() }),
  tags: z.array(z.enum(questionInputs.worries)).min(1),
  when: z
    .object({
      scan: z.array(z.enum(questionInputs.scan)).min(1).optional(),
      body: z.array(z.enum(questionInputs.body)).min(1).optional(),
      setting: z.array(z.enum(questionInputs.setting)).min(1).optional(),
      region: z.array(z.enum(questionInputs.region)).min(1).optional(),
    })
    .strict(),
  priority: z.number().int().min(1).max(5),
  source: z.object({ title: z.string().min(3), url: z.url({ protocol: /^https?$/ }), lang: z.enum(['en', 'es']).optional() }),
});
export type Question = z.infer<typeof questionSchema>;

export const questionTopicSchema = z.object({
  topic: z.enum(questionTopics),
  translationReviewed: z.boolean().optional(),
  questions: z.array(questionSchema).min(1),
});

/**
 * Where a clinic hands a leaflet out. A US rack gets no GDPR articles and an EU/UK rack no HIPAA
 * citations; `all` is a leaflet that cites no law and sits in both sets.
 */
export const handoutPlaces = ['us', 'eu-uk'] as const;
export type HandoutPlace = (typeof handoutPlaces)[number];
const placeCode = { us: 'US', 'eu-uk': 'EU-UK', all: 'ALL' } as const;
/** The printed leaflet code's prefix for a place: `BYS-US-01`. */
export const handoutCodePrefix = (place: HandoutPlace | 'all') => `BYS-${placeCode[place]}-`;

export const handoutSchema = z.object({
  title: z.string().min(5).max(90),
  place: z.enum([...handoutPlaces, 'all']),
  /** The leaflet code a clinic reorders by, like NHS leaflet numbers: `BYS-US-01`. Printed with the version. */
  code: z.string().regex(/^BYS-(US|EU-UK|ALL)-\d{2}$/, 'must be a leaflet code like BYS-US-01'),
  /** Goes up by one whenever what the sheet says changes (not for a typo), so a rack can be checked against the site. */
  version: z.number().int().min(1).max(99),
  /** One of the site's diagrams, drawn small between the text and the closing box where a picture helps. */
  diagram: z.enum(['defacing']).optional(),
  description: z.string().min(40).max(200),
  intro: z.string().min(10).max(400),
  sections: z.array(z.object({ heading: z.string().min(3).max(120), text: z.string().min(10).max(400) })).min(2).max(6),
  /** Question-bank ids printed with space to write the answer. */
  questions: z.array(slug).max(6).optional(),
  closing: z.string().min(10).max(400),
  /** The matching online page, which the printed QR code opens. */
  link: internalPath,
  lastReviewed: isoDate,
  ...reviewFields,
  translationReviewed: z.boolean().optional(),
  sources: z.array(sourceSchema).min(2),
});
export type Handout = z.infer<typeof handoutSchema>;

// ── The script tool (content/scripts/) ──────────────────────────────────────────────
const line = (max: number) => z.string().min(3).max(max);

export const scriptVariantSchema = z
  .object({
    /** The rule this text relies on, e.g. "45 CFR 164.524". Left out for "elsewhere". */
    citation: z.string().min(3).max(120).optional(),
    /** What the law does and does not give, said plainly; shown above the script. */
    lawNote: z.string().min(10).max(500).optional(),
    /** A phrase that completes "On {sent}, I asked you …" in the follow-up letters. */
    request: line(160),
    spoken: z
      .object({
        opening: line(300),
        request: line(300),
        followUps: z.array(line(250)).min(2).max(4),
        branches: z.array(z.object({ theySay: line(160), reply: line(400) }).strict()).min(2).max(4),
      })
      .strict(),
    letter: z.object({ subject: line(140), paragraphs: z.array(line(700)).min(2).max(6) }).strict(),
    /** Where a rule sets a reply time: the due date and a calendar reminder are offered. */
    deadline: z.object({ amount: z.number().int().min(1).max(90), unit: z.enum(['days', 'months']), extension: line(300) }).strict().optional(),
    /** Ids from content/scripts/sources.json. */
    sources: z.array(z.string()),
  })
  .strict();
export type ScriptVariant = z.infer<typeof scriptVariantSchema>;

export const scriptGoalSchema = z
  .object({
    goal: z.enum(scriptGoals),
    title: z.string().min(5).max(90),
    summary: z.string().min(10).max(200),
    lastReviewed: isoDate,
    translationReviewed: z.boolean().optional(),
    variants: z.object(Object.fromEntries(variantKeys.map((k) => [k, scriptVariantSchema.optional()])) as Record<VariantKey, z.ZodOptional<typeof scriptVariantSchema>>).strict(),
  })
  .strict();
export type ScriptGoalContent = z.infer<typeof scriptGoalSchema>;

/**
 * A source the script tool cites. The shared EU/UK text cites the GDPR; for a UK reader `uk`
 * names the UK GDPR's own article instead, and `places` limits a source to some places.
 */
export const scriptSourceSchema = sourceSchema.extend({
  uk: z.string().regex(/^[a-z0-9-]+$/).optional(),
  places: z.array(z.enum(['us', 'eu', 'uk', 'elsewhere'])).min(1).optional(),
});
export type ScriptSource = z.infer<typeof scriptSourceSchema>;

export const scriptLetterLabels = ['from', 'name', 'dob', 'record', 'date', 'to', 'toDefault', 'toAt', 'subject', 'greeting', 'signOff', 'signature', 'scanWithDate', 'scanNoDate', 'facilityFallback', 'reasonBlank', 'keepCopy'] as const;
const labelText = z.string().min(2).max(200);
const letterLabelsSchema = z.object(Object.fromEntries(scriptLetterLabels.map((k) => [k, labelText])) as Record<(typeof scriptLetterLabels)[number], typeof labelText>).strict();

const followUpLetter = z.object({ subject: line(140), paragraphs: z.array(line(500)).min(2).max(5) }).strict();
const jurisdictionSchema = z
  .object({
    name: line(60),
    /** Fills {law} ("the GDPR") and {lawShort} ("GDPR") in the shared EU/UK text. */
    law: line(60),
    lawShort: line(40).optional(),
    authority: line(120),
    /**
     * How a follow-up letter names the authority ({complainTo}) when the reader has not chosen a
     * country: "the data protection authority". A chosen EEA country's authority replaces it.
     */
    complainTo: line(120).optional(),
    /** The same with the chosen country's authority: {authority} is its name, {country} the country. */
    complainToNamed: line(160).optional(),
    /** Said under the due date: how the law's clock can stop (the UK's Article 12A). */
    deadlineNote: line(400).optional(),
    complaint: z.object({ text: line(600), citation: line(80).optional(), sources: z.array(z.string()) }).strict(),
    followUp: z.object({ noAnswer: followUpLetter, refused: followUpLetter }).strict(),
    /**
     * Letter wording for this place where it differs from the language's default: an EU or UK
     * letter goes to the Data Protection Officer, and says "historia clínica" rather than the
     * US "expediente médico".
     */
    letter: letterLabelsSchema.partial().optional(),
    /** The optional line offering proof of identity, as this place's organisations ask for it. */
    identityLine: line(300),
  })
  .strict();
export const scriptCommonSchema = z
  .object({
    lastReviewed: isoDate,
    translationReviewed: z.boolean().optional(),
    jurisdictions: z.object({ us: jurisdictionSchema, eu: jurisdictionSchema, uk: jurisdictionSchema, elsewhere: jurisdictionSchema }).strict(),
    letter: letterLabelsSchema,
    spoken: z
      .object({ opening: line(60), request: line(60), followUps: line(60), branches: line(60), reply: line(60), record: line(60), recordLines: z.array(line(80)).min(2).max(4) })
      .strict(),
  })
  .strict();
export type ScriptCommon = z.infer<typeof scriptCommonSchema>;
export type JurisdictionInfo = ScriptCommon['jurisdictions'][Jurisdiction];

// ── Accountability: review dates of pages with no content file, the watch list, the change log, standing pages ──
export const pageReviewsSchema = z.record(
  z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'must be a locale-free page path like /about/'),
  z.object({ published: isoDate, lastReviewed: isoDate, nextReview: isoDate, legal: z.boolean() }).strict(),
);
export type PageReviews = z.infer<typeof pageReviewsSchema>;

/** "What may change": rules that are moving, shown on the pages they affect. */
export const watchSchema = z
  .object({
    translationReviewed: z.boolean().optional(),
    items: z
      .array(
        z
          .object({
            id: slug,
            title: z.string().min(5).max(120),
            text: z.string().min(20).max(500),
            affects: z.array(internalPath).min(1),
            lastChecked: isoDate,
            source: sourceSchema,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type WatchItem = z.infer<typeof watchSchema>['items'][number];

/** The public log of content changes, newest first; shown on /changes/ and in the Atom feed. */
export const changesSchema = z
  .object({
    translationReviewed: z.boolean().optional(),
    entries: z
      .array(
        z
          .object({
            id: slug,
            date: isoDate,
            pages: z.array(internalPath).min(1),
            what: z.string().min(10).max(600),
            why: z.string().min(10).max(400),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ChangeEntry = z.infer<typeof changesSchema>['entries'][number];

/** Standing pages written as MDX (the editorial policy). */
export const standingPageSchema = z
  .object({ title: z.string().min(5).max(90), description: z.string().min(40).max(200), translationReviewed: z.boolean().optional() })
  .strict();
export type StandingPageMeta = z.infer<typeof standingPageSchema>;

/** One language's terminology: the term to use, the variants that fail the content check. */
export const terminologySchema = z
  .object({
    language: z.string().min(2),
    notes: z.string().optional(),
    terms: z
      .array(
        z
          .object({
            key: slug,
            en: z.string().min(2),
            preferred: z.string().min(2),
            forbidden: z.array(z.string().min(2)).min(1),
            /** Phrases in which a forbidden variant is correct, e.g. "(Safe Harbor)" after the Spanish term. */
            allow: z.array(z.string().min(2)).optional(),
            notes: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    patterns: z.array(z.object({ key: slug, pattern: z.string().min(1), preferred: z.string().min(2), notes: z.string().optional() }).strict()).default([]),
    /** Abbreviations written out in full where a page first uses them. */
    firstMention: z.array(z.object({ abbr: z.string().min(2), full: z.string().min(4) }).strict()).default([]),
  })
  .strict();
export type Terminology = z.infer<typeof terminologySchema>;

// ── Supervisory authorities (content/authorities/): where a patient in the EEA or the UK complains ──
export { eeaCountries, type EeaCountry } from './scriptInputs';

/** A letter or a page a patient opens: only https, so nothing links out over plain http. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https address' });
const name = z.string().trim().min(2).max(160);
const bilingual = (max: number) => z.object({ en: z.string().trim().min(10).max(max), es: z.string().trim().min(10).max(max) }).strict();

export const authoritySchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like DE'),
    countryName: z.object({ en: name, es: name }).strict(),
    /** The name in English and in the authority's own official language (a BCP 47 tag: de, fr, nb, …). */
    authority: z.object({ en: name, local: name, localLang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag like de or pt') }).strict(),
    /** The country as a sentence names it, where that differs: "the Netherlands", "los Países Bajos". */
    countryInSentence: z.object({ en: name, es: name }).strict().optional(),
    /**
     * false: letters say "the data protection authority" rather than this body, because for a
     * clinic it is usually another one (Germany: the Land's authority); the note says which.
     */
    nameInLetters: z.literal(false).optional(),
    /** Where other (regional, state, church) authorities exist: which one is competent, in one sentence. */
    note: bilingual(400).optional(),
    website: httpsUrl,
    complaintUrl: httpsUrl,
    /** false: no complaint page could be checked, so complaintUrl is the home page until a reviewer finds it. */
    complaintUrlVerified: z.boolean().optional(),
    source: z.object({ title: z.string().trim().min(3), url: httpsUrl, publisher: z.string().trim().min(2) }).strict(),
    lastChecked: isoDate,
  })
  .strict()
  .refine((a) => a.complaintUrlVerified !== false || a.complaintUrl === a.website, {
    message: 'an unverified complaint page must fall back to the website address',
    path: ['complaintUrl'],
  });
export type Authority = z.infer<typeof authoritySchema>;

/** content/authorities/eea.json: one entry per EEA state, each exactly once. */
export const eeaAuthoritiesSchema = z.array(authoritySchema).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((a, i) => {
    if (!(eeaCountries as readonly string[]).includes(a.country)) ctx.addIssue({ code: 'custom', path: [i, 'country'], message: `"${a.country}" is not an EEA state (use GR for Greece)` });
    else if (seen.has(a.country)) ctx.addIssue({ code: 'custom', path: [i, 'country'], message: `"${a.country}" is listed twice (also at ${seen.get(a.country)})` });
    else seen.set(a.country, i);
  });
  const missing = eeaCountries.filter((c) => !seen.has(c));
  if (missing.length) ctx.addIssue({ code: 'custom', path: [], message: `missing EEA states: ${missing.join(', ')}` });
});

/** content/authorities/uk.json: the ICO, in the same shape. */
export const ukAuthoritySchema = authoritySchema.refine((a) => a.country === 'GB', { message: 'must be GB', path: ['country'] });

import { z } from 'zod';
import { questionInputs, questionTopics } from './questionInputs';

export { questionInputs, questionTopics };

/** Locale-free site path: `/articles/slug/`, `/glossary/#term`. */
const internalPath = z.string().regex(/^\/[a-z0-9/#-]*$/, 'must be a site path like /articles/slug/ (no language prefix, no external URL)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-22');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

export const themes = ['ai-and-your-images', 'your-data', 'your-rights', 'taking-action'] as const;

export const sourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  year: z.number().int().min(1990).max(2100),
  url: z.url({ protocol: /^https?$/ }),
});

export const toolRef = z.union([z.literal('questions'), z.literal('script'), z.string().regex(/^checklist:[a-z0-9-]+$/, 'must be questions, script or checklist:SLUG')]);

export const articleMetaSchema = z.object({
  title: z.string().min(5).max(90),
  description: z.string().min(40).max(200),
  theme: z.enum(themes),
  summary: z.array(z.string().min(10)).min(2).max(4),
  lastReviewed: isoDate,
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
  source: z.object({ title: z.string().min(3), url: z.url({ protocol: /^https?$/ }) }),
});
export type Question = z.infer<typeof questionSchema>;

export const questionTopicSchema = z.object({
  topic: z.enum(questionTopics),
  translationReviewed: z.boolean().optional(),
  questions: z.array(questionSchema).min(1),
});

export const handoutSchema = z.object({
  title: z.string().min(5).max(90),
  description: z.string().min(40).max(200),
  intro: z.string().min(10).max(400),
  sections: z.array(z.object({ heading: z.string().min(3).max(120), text: z.string().min(10).max(400) })).min(2).max(6),
  /** Question-bank ids printed with space to write the answer. */
  questions: z.array(slug).max(6).optional(),
  closing: z.string().min(10).max(400),
  /** The matching online page, which the printed QR code opens. */
  link: internalPath,
  lastReviewed: isoDate,
  translationReviewed: z.boolean().optional(),
  sources: z.array(sourceSchema).min(2),
});
export type Handout = z.infer<typeof handoutSchema>;

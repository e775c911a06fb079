import type { ScriptCommon, ScriptGoalContent, ScriptSource, ScriptVariant, Source } from '@/content/schema';
import { variantKeyFor, type Delivery, type Jurisdiction, type LetterField, type ScriptGoal } from '@/content/scriptInputs';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { dueDate, formatDate, likelyReceipt } from './dates';
import type { LetterValues } from './fields';

/** Printed where an optional field was left empty, so it can be filled in by hand. */
export const BLANK = '____________________';

export type Letter = {
  /** The sender block at the top of the letter: name, postal address lines, email, phone; only those given. */
  sender: string[];
  from: { label: string; value: string }[];
  date: { label: string; value: string };
  to: { label: string; value: string };
  subject: { label: string; value: string };
  greeting: string;
  paragraphs: string[];
  signOff: string;
  signature: { label: string; name: string };
};
export type AssembledScript = {
  goal: ScriptGoal;
  jurisdiction: Jurisdiction;
  title: string;
  jurisdictionName: string;
  citation?: string;
  lawNote?: string;
  spoken: {
    labels: ScriptCommon['spoken'];
    opening: string;
    request: string;
    followUps: string[];
    branches: { theySay: string; reply: string }[];
  };
  letter: Letter;
  /** Present when a rule sets a reply time. */
  deadline?: {
    sent: string;
    /** The likely day they receive it: the day the clock starts. */
    received: string;
    due: string;
    sentText: string;
    receivedText: string;
    dueText: string;
    delivery: Delivery | null;
    extension: string;
    /** How the clock can stop in this place, if the law says (the UK's Article 12A). */
    note?: string;
    passed: boolean;
    sentGiven: boolean;
  };
  followUp: { noAnswer: Letter; refused: Letter };
  complaint: { text: string; citation?: string; sources: Source[] };
  sources: Source[];
  /** Fields the letters use beyond the usual ones (the reason for an objection, a contact method). */
  extraFields: LetterField[];
  keepCopy: string;
};

export type GoalSet = { goals: ScriptGoalContent[]; common: ScriptCommon; sources: Record<string, ScriptSource> };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Whether a fetched goals.json looks like a GoalSet. The file is this site's own, checked by zod
 * at build time; this only catches a truncated or wrong response (a host's error page, a
 * captive portal's HTML) without shipping the schema library to the browser.
 */
export function isGoalSet(x: unknown): x is GoalSet {
  return (
    isObject(x) &&
    Array.isArray(x.goals) &&
    x.goals.length > 0 &&
    x.goals.every((g) => isObject(g) && typeof g.goal === 'string' && typeof g.title === 'string' && isObject(g.variants)) &&
    isObject(x.common) &&
    isObject(x.common.jurisdictions) &&
    isObject(x.common.letter) &&
    isObject(x.sources)
  );
}

export function variantOf(goal: ScriptGoalContent, j: Jurisdiction): ScriptVariant | undefined {
  const key = variantKeyFor(goal.variants, j);
  return key ? goal.variants[key] : undefined;
}

/**
 * The sources to show for one place: a UK reader sees the UK GDPR's own article where the
 * shared EU/UK text cites the GDPR, and a source limited to some places appears only there.
 */
export function sourcesFor(all: Record<string, ScriptSource>, ids: string[], j: Jurisdiction): Source[] {
  const out: Source[] = [];
  for (const id of ids) {
    const own = all[id];
    const s = j === 'uk' && own?.uk ? all[own.uk] : own;
    if (!s || (s.places && !s.places.includes(j)) || out.some((o) => o.url === s.url && o.title === s.title)) continue;
    out.push({ title: s.title, publisher: s.publisher, year: s.year, url: s.url, lang: s.lang });
  }
  return out;
}

/** Goals offered for a jurisdiction, in the content's order. */
export const offeredGoals = (goals: ScriptGoalContent[], j: Jurisdiction): ScriptGoal[] => goals.filter((g) => variantOf(g, j)).map((g) => g.goal);

/**
 * Builds the spoken script, the letter, the deadline and the follow-up letters for one goal
 * and jurisdiction. Pure: the same input gives the same output, on the server or in the browser.
 * User values are inserted as plain strings (React escapes them when rendering) and in a single
 * pass, so a value that itself looks like "{facility}" is never expanded. Returns null when the
 * goal is not offered for the jurisdiction.
 */
export function assembleScript(input: {
  set: GoalSet;
  goal: ScriptGoal;
  jurisdiction: Jurisdiction;
  values: LetterValues;
  today: string;
  locale: string;
  delivery?: Delivery | null;
  /** Add the line offering proof of identity to the request letter. */
  offerId?: boolean;
  /** The chosen country's data protection authority, as the follow-up letters name it (see authorityForLetter). */
  authority?: { name: string; country: string };
}): AssembledScript | null {
  const { set, jurisdiction: j, values, today } = input;
  // Dates follow the letter's place: "1 December 2026" in an English letter to an EU or UK body.
  const locale = letterLocale(input.locale, j);
  const delivery = input.delivery ?? null;
  const goal = set.goals.find((g) => g.goal === input.goal);
  const variant = goal && variantOf(goal, j);
  if (!goal || !variant) return null;
  const { common } = set;
  const info = common.jurisdictions[j];
  // A place may word the letter its own way (an EU letter goes to the Data Protection Officer).
  const L = { ...common.letter, ...info.letter };
  const law = { law: info.law, lawShort: info.lawShort ?? info.law, authority: info.authority };
  const citation = variant.citation ? fillTemplate(variant.citation, law) : undefined;
  const fill = (text: string) =>
    fillTemplate(text, {
      ...law,
      facility: values.facility ?? L.facilityFallback,
      scan: values.scanDate ? fillTemplate(L.scanWithDate, { date: formatDate(values.scanDate, locale) }) : L.scanNoDate,
      reason: values.reason ?? `${BLANK} ${L.reasonBlank}`,
      contact: values.contact ?? BLANK,
    });

  const sent = values.sent ?? today;
  const letterFrame = (subject: string, paragraphs: string[]): Letter => ({
    sender: senderLines(values),
    from: [
      { label: L.name, value: values.name ?? BLANK },
      { label: L.dob, value: values.dob ? formatDate(values.dob, locale) : BLANK },
      { label: L.record, value: values.record ?? BLANK },
    ],
    date: { label: L.date, value: formatDate(sent, locale) },
    to: { label: L.to, value: values.facility ? fillTemplate(L.toAt, { facility: values.facility }) : L.toDefault },
    subject: { label: L.subject, value: subject },
    greeting: L.greeting,
    paragraphs,
    signOff: L.signOff,
    signature: { label: L.signature, name: values.name ?? '' },
  });

  const paragraphs = variant.letter.paragraphs.map(fill);
  // The offer goes before the closing request for a reply, where a letter would make it.
  if (input.offerId) paragraphs.splice(Math.max(paragraphs.length - 1, 1), 0, info.identityLine);
  const letter = letterFrame(fill(variant.letter.subject), paragraphs);
  // The follow-up is written later: its own date is left for the day it is sent.
  const followUpFrame = (which: 'noAnswer' | 'refused') => {
    const t = info.followUp[which];
    const paragraphs = t.paragraphs.map((p) =>
      fillTemplate(p, {
        sent: values.sent ? formatDate(values.sent, locale) : BLANK,
        request: fill(variant.request),
        citation: citation ?? '',
        facility: values.facility ?? L.facilityFallback,
        complainTo: input.authority && info.complainToNamed ? fillTemplate(info.complainToNamed, { authority: input.authority.name, country: input.authority.country }) : (info.complainTo ?? info.authority),
      }),
    );
    return { ...letterFrame(t.subject, paragraphs), date: { label: L.date, value: BLANK } };
  };

  let deadline: AssembledScript['deadline'];
  if (variant.deadline) {
    const received = likelyReceipt(sent, delivery);
    const due = dueDate(received, variant.deadline);
    deadline = {
      sent,
      received,
      due,
      sentText: formatDate(sent, locale),
      receivedText: formatDate(received, locale),
      dueText: formatDate(due, locale),
      delivery,
      extension: variant.deadline.extension,
      note: info.deadlineNote,
      passed: due < today,
      sentGiven: !!values.sent,
    };
  }
  const used = new Set([...JSON.stringify(variant.letter).matchAll(/\{(reason|contact)\}/g)].map((m) => m[1] as LetterField));

  return {
    goal: goal.goal,
    jurisdiction: j,
    title: goal.title,
    jurisdictionName: info.name,
    citation,
    lawNote: variant.lawNote && fill(variant.lawNote),
    spoken: {
      labels: common.spoken,
      opening: fill(variant.spoken.opening),
      request: fill(variant.spoken.request),
      followUps: variant.spoken.followUps.map(fill),
      branches: variant.spoken.branches.map((b) => ({ theySay: fill(b.theySay), reply: fill(b.reply) })),
    },
    letter,
    deadline,
    followUp: { noAnswer: followUpFrame('noAnswer'), refused: followUpFrame('refused') },
    complaint: { text: info.complaint.text, citation: info.complaint.citation, sources: sourcesFor(set.sources, info.complaint.sources, j) },
    sources: sourcesFor(set.sources, variant.sources, j),
    extraFields: [...used],
    keepCopy: L.keepCopy,
  };
}

/**
 * The locale dates are written in. English letters use the US order (December 1, 2026) only for
 * US organisations; everywhere else day-month-year (1 December 2026), as British English does.
 * Other languages already write day-month-year.
 */
export function letterLocale(locale: string, j: Jurisdiction): string {
  if (locale !== 'en') return locale;
  return j === 'us' ? 'en-US' : 'en-GB';
}

/** The sender block's lines: a multi-line postal address becomes one line per line, blank lines dropped. */
export function senderLines(values: LetterValues): string[] {
  const address = (values.address ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return [values.name, ...address, values.email, values.phone].filter((v): v is string => !!v);
}

/** One part of the output as plain text, for "copy as text" and portal messages. */
export function letterAsText(letter: Letter): string {
  return [
    ...(letter.sender.length ? [...letter.sender, ''] : []),
    ...letter.from.map((f) => `${f.label}: ${f.value}`),
    `${letter.date.label}: ${letter.date.value}`,
    `${letter.to.label}: ${letter.to.value}`,
    `${letter.subject.label}: ${letter.subject.value}`,
    '',
    letter.greeting,
    '',
    ...letter.paragraphs.flatMap((p) => [p, '']),
    letter.signOff,
    '',
    `${letter.signature.label}: ${BLANK}`,
    letter.signature.name,
  ]
    .join('\n')
    .trimEnd();
}

export function spokenAsText(s: AssembledScript): string {
  const { labels } = s.spoken;
  return [
    `${s.title} (${s.jurisdictionName})`,
    ...(s.citation ? [s.citation] : []),
    '',
    `${labels.opening}: ${s.spoken.opening}`,
    `${labels.request}: ${s.spoken.request}`,
    '',
    `${labels.followUps}:`,
    ...s.spoken.followUps.map((q) => `- ${q}`),
    '',
    `${labels.branches}`,
    ...s.spoken.branches.flatMap((b) => [`- "${b.theySay}"`, `  ${labels.reply}: ${b.reply}`]),
    '',
    `${labels.record}:`,
    ...labels.recordLines.map((l) => `${l}: ${BLANK}`),
  ].join('\n');
}

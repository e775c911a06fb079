import { describe, expect, it } from 'vitest';
import type { Question } from '@/content/schema';
import { DEFAULT_LIST_LENGTH, defaultList, matches, selectQuestions, type Answers } from './select';

const q = (id: string, priority: number, when: Question['when'] = {}, tags: Question['tags'] = ['ai']): Question => ({
  id,
  question: { self: `${id}: my scan?`, other: `${id}: their scan?` },
  why: 'Why this matters here.',
  goodAnswer: 'A good answer is specific.',
  ifWorried: { text: 'Ask for the privacy officer.' },
  tags,
  when,
  priority,
  source: { title: 'Source', url: 'https://example.org' },
});

// A small bank with one question per kind of condition.
const bank: Question[] = [
  q('general-ai', 5),
  q('general-sharing', 4, {}, ['cloud']),
  q('general-retention', 2, {}, ['retention']),
  q('general-breach', 2, {}, ['breach']),
  q('us-notice', 4, { region: ['us'] }, ['access']),
  q('us-accounting', 3, { region: ['us'] }, ['access']),
  q('us-baa', 3, { region: ['us'] }, ['cloud']),
  q('eu-article-21', 4, { region: ['eu', 'uk'] }, ['research']),
  q('uk-opt-out', 3, { region: ['uk'] }, ['research']),
  q('elsewhere-law', 3, { region: ['elsewhere'] }, ['access']),
  q('face-defacing', 4, { body: ['head'] }, ['face']),
  q('face-3d', 3, { body: ['head', 'whole-body'] }, ['face']),
  q('research-authorization', 4, { setting: ['research'], region: ['us'] }, ['research']),
  q('research-withdraw', 4, { setting: ['research'] }, ['research']),
  q('ultrasound-burned-in', 3, { scan: ['ultrasound'] }, ['access']),
  q('remote-reading', 3, { setting: ['remote-reading'] }, ['cloud']),
  q('mammo-screening', 2, { scan: ['mammogram'], setting: ['screening'] }, ['research']),
  q('cost-paid-in-full', 2, { region: ['us'] }, ['cost']),
  q('dental-cbct', 2, { scan: ['dental'] }, ['face']),
  q('emergency-later', 2, { setting: ['emergency'] }, ['access']),
  q('pet-face', 2, { scan: ['pet'], body: ['head'] }, ['face']),
];

const ids = (answers: Partial<Answers>) => selectQuestions({ worries: [], forWhom: 'self', ...answers }, bank).map((x) => x.id);

describe('matches', () => {
  it('needs every key to match, any value within a key', () => {
    expect(matches({ region: ['eu', 'uk'] }, { region: 'uk', worries: [], forWhom: 'self' })).toBe(true);
    expect(matches({ scan: ['pet'], body: ['head'] }, { scan: 'pet', body: 'chest', worries: [], forWhom: 'self' })).toBe(false);
  });
  it('never matches an unanswered input', () => {
    expect(matches({ region: ['us'] }, { worries: [], forWhom: 'self' })).toBe(false);
    expect(matches({}, { worries: [], forWhom: 'self' })).toBe(true);
  });
});

// Each scenario: the answers, questions that must appear, and questions that must not.
const scenarios: { name: string; answers: Partial<Answers>; include: string[]; exclude: string[]; first?: string }[] = [
  { name: 'nothing answered: general questions only', answers: {}, include: ['general-ai', 'general-sharing'], exclude: ['us-notice', 'eu-article-21', 'face-defacing', 'research-withdraw'] },
  { name: 'US: HIPAA questions, no GDPR', answers: { region: 'us' }, include: ['us-notice', 'us-accounting', 'us-baa', 'cost-paid-in-full'], exclude: ['eu-article-21', 'uk-opt-out', 'elsewhere-law'] },
  { name: 'EU: Article 21, no HIPAA, no England opt-out', answers: { region: 'eu' }, include: ['eu-article-21'], exclude: ['us-notice', 'uk-opt-out', 'us-baa'] },
  { name: 'UK: Article 21 and the national data opt-out', answers: { region: 'uk' }, include: ['eu-article-21', 'uk-opt-out'], exclude: ['us-accounting'] },
  { name: 'elsewhere: general law question, no named laws', answers: { region: 'elsewhere' }, include: ['elsewhere-law'], exclude: ['us-notice', 'eu-article-21', 'uk-opt-out'] },
  { name: 'head MRI: face questions lead', answers: { scan: 'mri', body: 'head' }, include: ['face-defacing', 'face-3d'], exclude: ['pet-face'], first: 'face-defacing' },
  { name: 'whole body: 3D face question only', answers: { body: 'whole-body' }, include: ['face-3d'], exclude: ['face-defacing'] },
  { name: 'head PET: PET face question too', answers: { scan: 'pet', body: 'head' }, include: ['pet-face', 'face-defacing'], exclude: [] },
  { name: 'research setting in the US: authorization and withdrawal', answers: { setting: 'research', region: 'us' }, include: ['research-authorization', 'research-withdraw'], exclude: [], first: 'research-authorization' },
  { name: 'research setting, country unknown: withdrawal but no US rule', answers: { setting: 'research' }, include: ['research-withdraw'], exclude: ['research-authorization'] },
  { name: 'ultrasound: burned-in text', answers: { scan: 'ultrasound' }, include: ['ultrasound-burned-in'], exclude: ['dental-cbct'] },
  { name: 'images read remotely', answers: { setting: 'remote-reading' }, include: ['remote-reading'], exclude: [] },
  { name: 'screening mammogram', answers: { scan: 'mammogram', setting: 'screening' }, include: ['mammo-screening'], exclude: [] },
  { name: 'mammogram at a hospital: screening question left out', answers: { scan: 'mammogram', setting: 'hospital' }, include: [], exclude: ['mammo-screening'] },
  { name: 'dental cone-beam', answers: { scan: 'dental', setting: 'dental-clinic' }, include: ['dental-cbct'], exclude: ['face-defacing'] },
  { name: 'emergency', answers: { setting: 'emergency' }, include: ['emergency-later'], exclude: [] },
  { name: 'worry about breaches lifts the breach question above equal-priority ones', answers: { worries: ['breach'] }, include: ['general-breach'], exclude: [] },
  { name: 'worry about cost in the US lifts the paid-in-full question', answers: { region: 'us', worries: ['cost'] }, include: ['cost-paid-in-full'], exclude: [] },
  { name: 'every worry ticked: all general questions still in, nothing from other places', answers: { worries: ['ai', 'cloud', 'research', 'face', 'access', 'retention', 'breach', 'cost'] }, include: ['general-ai', 'general-sharing', 'general-retention', 'general-breach'], exclude: ['us-notice', 'face-defacing', 'cost-paid-in-full'] },
  { name: 'chest CT in a hospital in the EU', answers: { scan: 'ct', body: 'chest', setting: 'hospital', region: 'eu' }, include: ['eu-article-21', 'general-ai'], exclude: ['face-defacing', 'us-notice'] },
  { name: 'spine X-ray at an imaging center, for someone else', answers: { scan: 'xray', body: 'spine-limbs', setting: 'imaging-center', forWhom: 'other' }, include: ['general-ai'], exclude: ['face-3d'] },
  { name: 'abdomen scan, other type', answers: { scan: 'other', body: 'abdomen' }, include: ['general-retention'], exclude: ['pet-face', 'ultrasound-burned-in'] },
];

describe('selectQuestions', () => {
  for (const s of scenarios) {
    it(s.name, () => {
      const result = ids(s.answers);
      for (const id of s.include) expect(result, `includes ${id}`).toContain(id);
      for (const id of s.exclude) expect(result, `excludes ${id}`).not.toContain(id);
      if (s.first) expect(result[0]).toBe(s.first);
      expect(new Set(result).size).toBe(result.length);
    });
  }

  it('ranks a chosen worry above a question of equal priority', () => {
    const plain = ids({});
    const worried = ids({ worries: ['breach'] });
    expect(worried.indexOf('general-breach')).toBeLessThan(plain.indexOf('general-breach'));
    expect(worried.indexOf('general-breach')).toBeLessThan(worried.indexOf('general-retention'));
  });

  it('keeps bank order between equal scores, so the same answers always give the same list', () => {
    expect(ids({ region: 'us' })).toEqual(ids({ region: 'us' }));
    const r = ids({});
    expect(r.indexOf('general-retention')).toBeLessThan(r.indexOf('general-breach'));
  });

  it('starts a list with at most the default number of questions', () => {
    const many = Array.from({ length: 30 }, (_, i) => q(`general-${i}`, 3));
    expect(defaultList({ worries: [], forWhom: 'self' }, many)).toHaveLength(DEFAULT_LIST_LENGTH);
  });
});

import { describe, expect, it } from 'vitest';
import { reportHref, sectionFromHash, sectionLabel } from './report';

const labels = { subject: 'Problem on Before Your Scan', page: 'Page', section: 'Section' };
const page = 'https://example.org/en/articles/your-rights-in-the-us/';

describe('report a problem', () => {
  it('fills a mailto: link with the page and section, encoded', () => {
    const href = reportHref('mailto:fix@example.org', page, 'Get copies & images (#copies)', labels);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(`Problem on Before Your Scan: ${page}`);
    expect(url.searchParams.get('body')).toBe(`Page: ${page}\nSection: Get copies & images (#copies)\n\n`);
  });

  it('keeps a subject the deployer already set', () => {
    expect(reportHref('mailto:fix@example.org?cc=a@example.org', page, null, labels)).toMatch(/^mailto:fix@example\.org\?cc=a@example\.org&subject=/);
  });

  it('adds page and section to a web form address', () => {
    const url = new URL(reportHref('https://forms.example.org/report?lang=en', page, 'Sources (#sources)', labels));
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('page')).toBe(page);
    expect(url.searchParams.get('section')).toBe('Sources (#sources)');
    expect(new URL(reportHref('https://forms.example.org/report', page, null, labels)).searchParams.has('section')).toBe(false);
  });

  it('starts on the section a link arrived at, only if the page has it', () => {
    const sections = [
      { id: 'intro', text: 'Intro' },
      { id: 'copies', text: 'Get copies' },
    ];
    expect(sectionFromHash(sections, '#copies')).toBe('copies');
    expect(sectionFromHash(sections, '#nope')).toBe('');
    expect(sectionFromHash(sections, '')).toBe('');
    expect(sectionFromHash(sections, '#%E0%A4%A')).toBe('');
    expect(sectionLabel(sections[1])).toBe('Get copies (#copies)');
  });
});

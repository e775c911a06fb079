import { describe, expect, it } from 'vitest';
import { bestHref, isToolPage } from './pagefind';

describe('bestHref', () => {
  const anchors = [
    { element: 'div', id: 'anonymization', location: 0 },
    { element: 'div', id: 'dicom', location: 40 },
    { element: 'input', id: 'check-x', location: 41 },
    { element: 'p', id: 'why-x', location: 41 },
    { element: 'div', id: '_R_abc_', location: 42 },
    { element: 'div', id: 'pacs', location: 80 },
  ];
  it('links to the id before the heaviest match', () => {
    expect(bestHref({ url: '/en/glossary/', anchors, weighted_locations: [{ weight: 1, location: 10 }, { weight: 3, location: 40 }] })).toBe('/en/glossary/#dicom');
  });
  it('skips inputs and generated ids', () => {
    expect(bestHref({ url: '/p/', anchors, weighted_locations: [{ weight: 1, location: 50 }] })).toBe('/p/#dicom');
  });
  it('prefers the part with the most matched words', () => {
    const parts = [{ element: 'li', id: 'read-the-notice', location: 10 }, { element: 'li', id: 'paid-in-full', location: 50 }];
    expect(bestHref({ url: '/c/', anchors: parts, weighted_locations: [12, 51, 53, 55].map((location) => ({ location, weight: 1 })) })).toBe('/c/#paid-in-full');
  });
  it('prefers the words of a phrase together over the same words scattered', () => {
    const parts = [{ element: 'li', id: 'phrase', location: 90 }, { element: 'li', id: 'scattered', location: 260 }];
    const at = (location: number) => ({ location, weight: 1 });
    expect(bestHref({ url: '/c/', anchors: parts, weighted_locations: [100, 101, 102, 103, 269, 270, 285, 293, 306].map(at) })).toBe('/c/#phrase');
  });
  it('falls back to the page', () => {
    expect(bestHref({ url: '/p/', anchors: [{ element: 'h2', id: 'late', location: 9 }], locations: [3] })).toBe('/p/');
    expect(bestHref({ url: '/p/' })).toBe('/p/');
  });
});

describe('isToolPage (results link to the tool itself, not to parts of its no-JavaScript markup)', () => {
  it('knows the tools in every language', () => {
    for (const url of ['/en/questions/', '/es/questions/', '/en/script/', 'http://localhost:3000/es/script/']) expect(isToolPage(url), url).toBe(true);
  });
  it('is false for reading pages, including every script and letter on one page', () => {
    for (const url of ['/en/script/all/', '/en/checklists/before-your-scan/', '/es/glossary/', '/en/articles/after-your-scan/']) expect(isToolPage(url), url).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isOverdue, reviewDateProblems } from './review';
import { overduePages } from './validate';

describe('review dates', () => {
  const dates = { published: '2026-01-15', lastReviewed: '2026-11-30', nextReview: '2027-11-30' };

  it('accepts a legal page due within 12 months and any page within 36', () => {
    expect(reviewDateProblems(dates, true)).toEqual([]);
    expect(reviewDateProblems({ ...dates, nextReview: '2029-11-30' }, false)).toEqual([]);
  });

  it('names a legal page reviewed too rarely, and any page over three years', () => {
    expect(reviewDateProblems({ ...dates, nextReview: '2027-12-01' }, true)).toEqual(['nextReview (2027-12-01) is more than 12 months after lastReviewed; a page that cites law must be reviewed by 2027-11-30']);
    expect(reviewDateProblems({ ...dates, nextReview: '2029-12-01' }, false)[0]).toMatch(/more than 36 months/);
  });

  it('counts months to the end of a shorter month', () => {
    expect(reviewDateProblems({ published: '2024-02-29', lastReviewed: '2024-02-29', nextReview: '2025-02-28' }, true)).toEqual([]);
    expect(reviewDateProblems({ published: '2024-02-29', lastReviewed: '2024-02-29', nextReview: '2025-03-01' }, true)).toHaveLength(1);
  });

  it('names dates out of order', () => {
    expect(reviewDateProblems({ ...dates, published: '2026-12-01' }, false)).toEqual(['published (2026-12-01) is after lastReviewed (2026-11-30)']);
    expect(reviewDateProblems({ ...dates, nextReview: '2026-11-30' }, false)).toEqual(['nextReview (2026-11-30) must be after lastReviewed (2026-11-30)']);
  });

  it('warns about pages past their review date, and not before', () => {
    expect(isOverdue(dates, '2027-11-30')).toBe(false);
    expect(isOverdue(dates, '2027-12-01')).toBe(true);
    const content = {
      articles: [{ file: 'content/articles/en/a.mdx', meta: { nextReview: '2026-06-01' } }],
      checklists: [{ file: 'content/checklists/en/c.json', data: { nextReview: '2030-01-01' } }],
      handouts: [],
      pageReviews: { '/about/': { ...dates, legal: false, nextReview: '2026-01-01' } },
    } as unknown as Parameters<typeof overduePages>[0];
    expect(overduePages(content, '2026-11-30')).toEqual(['content/articles/en/a.mdx: review was due 2026-06-01', 'content/pageReviews.json "/about/": review was due 2026-01-01']);
  });
});

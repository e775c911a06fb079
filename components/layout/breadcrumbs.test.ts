import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumbs';

describe('breadcrumbTrail', () => {
  it('gives nothing on the home page', () => {
    expect(breadcrumbTrail('/')).toEqual([]);
  });
  it('gives home alone for a top-level page', () => {
    expect(breadcrumbTrail('/questions/')).toEqual([{ href: '/', key: 'home' }]);
  });
  it('adds the section for a page inside one', () => {
    expect(breadcrumbTrail('/articles/your-face-in-your-head-scan/')).toEqual([
      { href: '/', key: 'home' },
      { href: '/articles/', key: 'articles' },
    ]);
    expect(breadcrumbTrail('/handouts/five-things-to-know-us/').map((c) => c.key)).toEqual(['home', 'handouts']);
    expect(breadcrumbTrail('/about/how-we-write/').map((c) => c.key)).toEqual(['home', 'about']);
  });
  it('skips a parent that has no page of its own', () => {
    expect(breadcrumbTrail('/nowhere/deep/').map((c) => c.key)).toEqual(['home']);
  });
});

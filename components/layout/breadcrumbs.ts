import { footerNav, primaryNav } from '@/content/site';

export type Crumb = { href: string; key: (typeof primaryNav)[number]['key'] | (typeof footerNav)[number]['key'] };

/**
 * The pages above this one, GOV.UK style: home, then the section the page sits in when the
 * section has its own page. The current page is the h1 right below, so it is not repeated.
 */
export function breadcrumbTrail(path: string): Crumb[] {
  if (path === '/') return [];
  const trail: Crumb[] = [{ href: '/', key: 'home' }];
  const parts = path.split('/').filter(Boolean);
  if (parts.length > 1) {
    const parent = `/${parts[0]}/`;
    const section = [...primaryNav, ...footerNav].find((n) => n.href === parent);
    if (section) trail.push({ href: parent, key: section.key });
  }
  return trail;
}

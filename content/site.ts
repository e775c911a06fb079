/**
 * Site-wide settings. The public base URL is the one setting a group changes
 * when it hosts its own copy: sitemap, canonical links and alternates all use it.
 */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** Pages every locale has, as locale-free paths. Later features add theirs here. */
export const standingPages = ['/', '/about/', '/privacy/', '/accessibility/'] as const;

/** Primary navigation: only pages that exist. `key` names a message in `Layout.nav`. */
export const primaryNav = [
  { key: 'home', href: '/' },
  { key: 'about', href: '/about/' },
] as const;

export const footerNav = [
  { key: 'about', href: '/about/' },
  { key: 'privacy', href: '/privacy/' },
  { key: 'accessibility', href: '/accessibility/' },
] as const;

/**
 * Where people report a problem (accessibility, a wrong fact). Each host sets its own;
 * with none set, the pages say to tell whoever shared the link, rather than invent an address.
 */
export const contactUrl = process.env.SITE_CONTACT_URL || '';

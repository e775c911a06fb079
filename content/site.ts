/**
 * Site-wide settings. The public base URL is the one setting a group changes
 * when it hosts its own copy: sitemap, canonical links and alternates all use it.
 */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** Pages every locale has, as locale-free paths. Later features add theirs here. */
export const standingPages = ['/', '/about/', '/about/how-we-write/', '/changes/', '/privacy/', '/accessibility/', '/share/', '/search/'] as const;

/** Primary navigation: only pages that exist. `key` names a message in `Layout.nav`. */
export const primaryNav = [
  { key: 'home', href: '/' },
  { key: 'articles', href: '/articles/' },
  { key: 'checklists', href: '/checklists/' },
  { key: 'questions', href: '/questions/' },
  { key: 'script', href: '/script/' },
  { key: 'checker', href: '/check-my-file/' },
  { key: 'glossary', href: '/glossary/' },
  { key: 'about', href: '/about/' },
] as const;

/**
 * Tools that are announced but not built yet. Content may link to them; until they exist
 * those links render as plain text, and the link checker accepts them. Remove a path here
 * when its page lands.
 */
export const plannedPaths: readonly string[] = [];

/**
 * Handouts that were split into a US and an EU/UK edition. Their old addresses stay (printed
 * and linked by clinics and groups) as a page that points to each edition.
 */
export const movedHandouts: Readonly<Record<string, readonly string[]>> = {
  'five-things-to-know': ['five-things-to-know-us', 'five-things-to-know-eu-uk'],
  'questions-to-ask': ['questions-to-ask-us', 'questions-to-ask-eu-uk'],
};

/** Interactive tools that exist, as locale-free paths. */
export const toolPages = ['/questions/', '/script/', '/check-my-file/'] as const;

/** The file checker: reads a scan file on this device and makes a cleaned copy. */
export const checkerPath = '/check-my-file/';

/** How an article's frontmatter names the checker in `relatedTools`: its path without slashes. */
export const checkerRef = checkerPath.replaceAll('/', '');

/** Every script and letter on one page: what the script tool offers readers without JavaScript. */
export const allScriptsPath = '/script/all/';

/** The home page's "start here" path: article slugs, in reading order. */
export const startHere = ['how-ai-reads-your-scan', 'where-your-images-go', 'before-your-scan-guide'] as const;

export const footerNav = [
  { key: 'about', href: '/about/' },
  { key: 'howWeWrite', href: '/about/how-we-write/' },
  { key: 'changes', href: '/changes/' },
  { key: 'handouts', href: '/handouts/' },
  { key: 'share', href: '/share/' },
  { key: 'privacy', href: '/privacy/' },
  { key: 'accessibility', href: '/accessibility/' },
  // The control itself is on the about page only, so other pages carry no JavaScript for it.
  { key: 'offline', href: '/about/#offline' },
] as const;

/**
 * Where people report a problem (accessibility, a wrong fact). Each host sets its own;
 * with none set, the pages say to tell whoever shared the link, rather than invent an address.
 */
export const contactUrl = process.env.SITE_CONTACT_URL || '';

/**
 * The home page's ways in. `key` names messages in `HomePage` (`situation<Key>`, `place<Key>`,
 * each with a `…Text` line). Links into a tool carry answers in the fragment, so the tool opens
 * already set for that reader.
 */
export const homeTasks = {
  questions: '/questions/',
  script: '/script/',
  guide: 'before-your-scan-guide',
} as const;
export const homeSituations = [
  { key: 'Head', href: '/articles/your-face-in-your-head-scan/' },
  { key: 'Research', href: '/articles/research-registries-and-opting-out/' },
  { key: 'Care', href: '/questions/#v=1&for=other' },
  { key: 'After', href: '/articles/after-your-scan/' },
] as const;
export const homePlaces = [
  { key: 'Us', href: '/articles/your-rights-in-the-us/' },
  { key: 'Eu', href: '/articles/your-rights-in-the-eu-and-uk/' },
  { key: 'Uk', href: '/articles/your-rights-in-the-eu-and-uk/#national-data-opt-out' },
  { key: 'Elsewhere', href: '/questions/#v=1&region=elsewhere' },
] as const;

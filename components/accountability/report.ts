// The "Report a problem" address: the deployer's own contact route (SITE_CONTACT_URL), carrying
// the page and the section the reader was looking at. Nothing is sent by the site itself: a
// mailto: link opens the reader's mail app, a web address opens the deployer's form.

export type ReportLabels = { subject: string; page: string; section: string };

export function reportHref(contact: string, page: string, section: string | null, labels: ReportLabels): string {
  if (contact.startsWith('mailto:')) {
    const subject = `${labels.subject}: ${page}`;
    const body = `${labels.page}: ${page}\n${labels.section}: ${section ?? ''}\n\n`;
    const sep = contact.includes('?') ? '&' : '?';
    return `${contact}${sep}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(contact);
  url.searchParams.set('page', page);
  if (section) url.searchParams.set('section', section);
  return url.toString();
}

/** The section a link points at (#id), if the page has a section with that id. */
export function sectionFromHash(sections: { id: string; text: string }[], hash: string): string {
  let id = '';
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
  return sections.some((s) => s.id === id) ? id : '';
}

export const sectionLabel = (s: { id: string; text: string }) => `${s.text} (#${s.id})`;

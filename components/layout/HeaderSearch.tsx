'use client';

import { cleanQuery, queryFragment } from '@/components/search/query';

type Props = { action: string; label: string; button: string };

/**
 * The header's search box. With JavaScript the query is carried in the fragment (#q=), which
 * browsers never send, so no server log ever holds what a reader searched for. The input has no
 * `name` on purpose: without JavaScript (or pressed before the page has loaded its scripts) the
 * form is a plain link to the search page and its A–Z index, and the words never leave the
 * device; search itself needs JavaScript, so sending them would serve nothing.
 */
export function HeaderSearch({ action, label, button }: Props) {
  return (
    <form
      role="search"
      action={action}
      method="get"
      className="header-search no-print"
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.querySelector('input');
        const q = cleanQuery(input?.value ?? '');
        window.location.assign(action + queryFragment(q));
      }}
    >
      <label htmlFor="site-search" className="sr-only">{label}</label>
      <input id="site-search" type="search" autoComplete="off" maxLength={500} className="search-input" />
      <button type="submit" className="button button-secondary button-small">{button}</button>
    </form>
  );
}

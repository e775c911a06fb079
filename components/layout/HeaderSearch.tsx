'use client';

import { cleanQuery, queryFragment } from '@/components/search/query';

type Props = { action: string; label: string; button: string };

/**
 * The header's search box. Without JavaScript it is a GET form (the query goes to the server as
 * ?q=, as nothing else is possible). With it, the query is carried in the fragment (#q=), which
 * browsers never send, so no server log ever holds what a reader searched for.
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
        const q = cleanQuery(String(new FormData(e.currentTarget).get('q') ?? ''));
        window.location.assign(action + queryFragment(q));
      }}
    >
      <label htmlFor="site-search" className="sr-only">{label}</label>
      <input id="site-search" type="search" name="q" autoComplete="off" maxLength={500} className="search-input" />
      <button type="submit" className="button button-secondary button-small">{button}</button>
    </form>
  );
}

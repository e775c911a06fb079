import type { SearchHit } from './pagefind';

/** The results: each page's title (linked to the part that answers best), the passage, and up to three sections. */
export function SearchResults({ hits, sectionsLabel }: { hits: SearchHit[]; sectionsLabel: string }) {
  return (
    <ol className="search-results space-y-6">
      {hits.map((hit, n) => (
        <li key={hit.url} className="search-result">
          <h2 className="text-xl font-bold">
            <a href={hit.href}>{hit.title}</a>
          </h2>
          <p className="search-excerpt">
            {hit.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
          </p>
          {hit.sections.length ? (
            <>
              <p id={`sections-${n}`} className="text-sm text-muted">{sectionsLabel}</p>
              <ul aria-labelledby={`sections-${n}`} className="search-sections">
                {hit.sections.map((s) => (
                  <li key={s.url}>
                    <a href={s.url}>{s.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

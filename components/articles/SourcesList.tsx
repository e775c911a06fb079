import type { Source } from '@/content/schema';

/** Said after a title in another language, e.g. "(en inglés)"; keyed by the title's language. */
export type InLanguage = Partial<Record<NonNullable<Source['lang']>, string>>;

/** A source's title, marked with its own language (WCAG 3.1.2) when it differs from the page's. */
export function SourceTitle({ source, inLanguage }: { source: Pick<Source, 'title' | 'url' | 'lang'>; inLanguage?: InLanguage }) {
  const note = source.lang ? inLanguage?.[source.lang] : undefined;
  return (
    <>
      <a href={source.url} lang={note ? source.lang : undefined}>
        {source.title}
      </a>
      {note ? ` ${note}` : null}
    </>
  );
}

export function SourcesList({ sources, inLanguage }: { sources: Source[]; inLanguage?: InLanguage }) {
  // Left out of the site search: titles are often in English, and a reader's words should find the answer, not a citation.
  return (
    <ol className="list-decimal space-y-2 pl-6" data-pagefind-ignore>
      {sources.map((s) => (
        <li key={s.url + s.title}>
          <SourceTitle source={s} inLanguage={inLanguage} />. {s.publisher}, {s.year}.
        </li>
      ))}
    </ol>
  );
}

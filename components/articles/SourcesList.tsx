import type { Source } from '@/content/schema';

export function SourcesList({ sources }: { sources: Source[] }) {
  return (
    <ol className="list-decimal space-y-2 pl-6">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url}>{s.title}</a>. {s.publisher}, {s.year}.
        </li>
      ))}
    </ol>
  );
}

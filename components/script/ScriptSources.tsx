import { SourcesList } from '@/components/articles/SourcesList';
import type { AssembledScript } from './assemble';
import type { ScriptLabels } from './labels';

/** The sources behind the script and the complaint route, each listed once. */
export function ScriptSources({ script, labels }: { script: AssembledScript; labels: Pick<ScriptLabels, 'sourcesTitle' | 'inLanguage'> }) {
  const sources = [...script.sources, ...script.complaint.sources.filter((s) => !script.sources.some((x) => x.url === s.url && x.title === s.title))];
  if (!sources.length) return null;
  return (
    <div className="no-print space-y-2">
      <h2 className="text-xl font-bold">{labels.sourcesTitle}</h2>
      <SourcesList sources={sources} inLanguage={labels.inLanguage} />
    </div>
  );
}

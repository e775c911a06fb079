import { Callout } from '@/components/ui/Callout';
import { fillTemplate } from '@/components/ui/fillTemplate';
import type { CheckerLabels } from './labels';
import { MaskedValue } from './MaskedValue';
import { groupFindings, labelFor, modalityLabel } from './present';
import type { Study } from './types';

/**
 * One study: what kind of scan it is, the warnings about its pictures, then its header details,
 * one closed <details> per group so a phone shows a short list, not a page of every field. The
 * study's description and date identify it, so they are not among the facts shown openly: they
 * sit, masked, in their groups. A CD's index (DICOMDIR) comes as a study of its own: its records
 * carry names too.
 */
export function StudyCard({ study, n, index, labels }: { study: Study; n: number; index: number; labels: CheckerLabels }) {
  const groups = groupFindings(study.findings);
  const facts = [
    [labels.studyModalities, study.modalities.map((m) => modalityLabel(m, labels.modalities)).join(', ') || labels.notGiven],
    [labels.studyFiles, String(study.files)],
  ] as const;
  return (
    <section aria-labelledby={`study-${index}`} className="checker-study space-y-4">
      <h3 id={`study-${index}`}>{study.dicomdir ? labels.dicomdirTitle : fillTemplate(labels.studyTitle, { n })}</h3>
      {study.dicomdir ? <p>{labels.dicomdirNote}</p> : null}
      <dl className="checker-facts" hidden={study.dicomdir}>
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className="checker-value">{value}</dd>
          </div>
        ))}
      </dl>
      {study.flags.map((flag) => (
        <Callout key={flag} variant="warning">
          <p>{labels.flags[flag].text}</p>
          <p>
            <a href={labels.flags[flag].href}>{labels.flags[flag].link}</a>
          </p>
        </Callout>
      ))}
      {groups.length === 0 ? <p>{labels.nothingFound}</p> : null}
      {groups.map(({ category, findings }) => (
        <details key={category} className="checker-group">
          <summary>{fillTemplate(labels.groupCount, { title: labels.categories[category].title, count: findings.length })}</summary>
          <p className="text-muted">{labels.categories[category].text}</p>
          <dl className="checker-findings">
            {findings.map((f) => {
              const label = labelFor(f.keyword, labels.keywords);
              return (
                <div key={`${f.tag}\u0000${f.value}`}>
                  <dt>
                    <span lang={label.english ? 'en' : undefined}>{label.text}</span> <span className="text-sm text-muted">{fillTemplate(labels.tag, { tag: f.tag })}</span>
                  </dt>
                  <dd>
                    <MaskedValue label={label.text} value={f.value} labels={labels} />
                  </dd>
                </div>
              );
            })}
          </dl>
        </details>
      ))}
      {study.privateCount > 0 ? (
        <div className="space-y-2">
          <h4>{labels.privateTitle}</h4>
          <p>{fillTemplate(labels.privateText, { count: study.privateCount })}</p>
        </div>
      ) : null}
    </section>
  );
}

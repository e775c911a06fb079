'use client';

import { useEffect, useState } from 'react';
import { reportHref, sectionFromHash, sectionLabel, type ReportLabels } from './report';

type Section = { id: string; text: string };
type Props = { contact: string; page: string; labels: ReportLabels & { which: string; whole: string }; sections: Section[]; children: string };

/**
 * Without JavaScript the link carries the page's address. With it, the reader can say which
 * part of the page is wrong; a link that arrived at a section (#id) starts on that section.
 * The choice is asked, not guessed from scrolling: to reach this link, a reader has already
 * scrolled past the part they mean.
 */
export function ReportLink({ contact, page, labels, sections, children }: Props) {
  const [ready, setReady] = useState(false);
  const [section, setSection] = useState('');
  useEffect(() => {
    setSection(sectionFromHash(sections, window.location.hash));
    setReady(true);
  }, [sections]);
  const chosen = sections.find((s) => s.id === section);
  return (
    <span className="report-problem inline-flex max-w-full flex-wrap items-center gap-x-3 gap-y-1">
      {ready && sections.length ? (
        <label className="inline-flex max-w-full flex-wrap items-center gap-2">
          {labels.which}
          {/* min-w-0: a long section title must not push a 320 px screen sideways. */}
          <select className="min-w-0 max-w-full rounded border-2 border-ink p-1" value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{labels.whole}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.text}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <a href={reportHref(contact, page, chosen ? sectionLabel(chosen) : null, labels)}>{children}</a>
    </span>
  );
}

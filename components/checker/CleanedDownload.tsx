'use client';

import { useEffect, useState } from 'react';
import { buttonClass } from '@/components/ui/Button';
import { fillTemplate } from '@/components/ui/fillTemplate';
import type { CheckerLabels } from './labels';
import { pluralSentence } from './pluralTemplates';

/**
 * The download link for the cleaned copy. The blob URL lives only while this is on screen: it
 * is revoked when the copy is replaced or cleared, so the cleaned files do not linger in memory.
 */
export function CleanedDownload({ blob, fileName, files, notCleaned, labels, headingRef }: { blob: Blob; fileName: string; files: number; notCleaned: number; labels: CheckerLabels; headingRef: React.Ref<HTMLHeadingElement> }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  return (
    <section aria-labelledby="checker-cleaned" className="space-y-3">
      <h3 id="checker-cleaned" ref={headingRef} tabIndex={-1}>{labels.cleanedTitle}</h3>
      <p>{fillTemplate(labels.cleanedFiles, { files })}</p>
      {notCleaned > 0 ? <p>{pluralSentence(labels.notCleaned, labels.locale, notCleaned)}</p> : null}
      {url ? (
        <p>
          <a href={url} download={fileName} className={buttonClass()}>
            {fillTemplate(labels.download, { name: fileName })}
          </a>
        </p>
      ) : null}
      <p className="font-semibold">{labels.cleanedReminder}</p>
    </section>
  );
}

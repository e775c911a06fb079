'use client';

import { useEffect, useState } from 'react';

/** The share strings every tool's catalogue provides under the same keys. */
export type ShareLabels = {
  shareTitle: string;
  copyLink: string;
  share: string;
  copyText: string;
  copied: string;
  copiedText: string;
  copyFailed: string;
  startOver: string;
};
export type ShareActionsLabels = ShareLabels & {
  /** The opt-in for private text (notes, personal details) to go into the link. */
  include: string;
  includeNote: string;
};

type Props = {
  labels: ShareActionsLabels;
  /** What the system share sheet calls the page. */
  title: string;
  include: boolean;
  onInclude: (on: boolean) => void;
  asText: () => string;
  onStartOver: () => void;
};

/**
 * What the share buttons do, for tools that lay them out their own way (the questions tool's
 * action bar): copy the link or the text, or open the system share sheet where there is one.
 */
export function useShareActions(labels: Pick<ShareLabels, 'copied' | 'copiedText' | 'copyFailed'>, title: string, asText: () => string) {
  const [status, setStatus] = useState('');
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  return {
    status,
    setStatus,
    canShare,
    copyLink: () => copy(window.location.href, labels.copied),
    copyText: () => copy(asText(), labels.copiedText),
    share: () => navigator.share({ title, url: window.location.href }).catch(() => undefined),
  };
}

/**
 * Keep or share a tool's state: the link carries it in the fragment, so nothing is uploaded.
 * Shared by the question generator and the script tool, which must behave the same way.
 */
export function ShareActions({ labels, title, include, onInclude, asText, onStartOver }: Props) {
  const { status, setStatus, canShare, copyLink, copyText, share } = useShareActions(labels, title, asText);

  return (
    <fieldset className="no-print space-y-3">
      <legend className="text-xl font-bold">{labels.shareTitle}</legend>
      <label className="choice">
        <input type="checkbox" checked={include} onChange={(e) => onInclude(e.target.checked)} />
        {labels.include}
      </label>
      <p className="text-sm">{labels.includeNote}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="button button-secondary" onClick={copyLink}>
          {labels.copyLink}
        </button>
        {canShare ? (
          <button type="button" className="button button-secondary" onClick={share}>
            {labels.share}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={copyText}>
          {labels.copyText}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            onStartOver();
            setStatus('');
          }}
        >
          {labels.startOver}
        </button>
      </div>
      <p role="status">{status}</p>
    </fieldset>
  );
}

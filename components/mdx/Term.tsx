import type { ReactNode } from 'react';
import { X } from 'lucide';
import { Icon } from '@/components/ui/Icon';

export type TermLabels = { more: string; close: string };

/**
 * A glossary term inside an article. The definition opens in a native popover: it works by
 * touch, by keyboard (Enter/Space, Esc to close) and with screen readers (the browser sets
 * aria-expanded), with no JavaScript. popover="auto" closes it on a tap outside; the close
 * button is for people who do not know that. Where it appears is all CSS (app/glossary.css).
 * Print and browsers without popovers fall back to the "Words used in this article" list the
 * article page adds at the end. The definition is left out of the site search here (the
 * glossary page answers for it), so article results quote the article, not the glossary.
 */
export function Term(props: { popoverId: string; term: string; definition: string; glossaryHref: string; labels: TermLabels; children: ReactNode }) {
  return (
    <span className="term">
      <button type="button" popoverTarget={props.popoverId} className="term-button">
        {props.children}
      </button>
      <span id={props.popoverId} popover="auto" className="term-popover" data-pagefind-ignore>
        <span className="term-popover-text">
          <strong>{props.term}</strong>: {props.definition} <a href={props.glossaryHref}>{props.labels.more}</a>
        </span>
        <button type="button" popoverTarget={props.popoverId} popoverTargetAction="hide" className="term-close">
          <Icon node={X} />
          <span>{props.labels.close}</span>
        </button>
      </span>
    </span>
  );
}

import type { ReactNode } from 'react';

/**
 * A glossary term inside an article. The definition opens in a native popover: it works by
 * touch, by keyboard (Enter/Space, Esc to close) and with screen readers (the browser sets
 * aria-expanded), with no JavaScript. Print and browsers without popovers fall back to the
 * "Words used in this article" list the article page adds at the end.
 */
export function Term(props: { popoverId: string; term: string; definition: string; glossaryHref: string; moreLabel: string; children: ReactNode }) {
  return (
    <span className="term">
      <button type="button" popoverTarget={props.popoverId} className="term-button">
        {props.children}
      </button>
      <span id={props.popoverId} popover="auto" className="term-popover">
        <strong>{props.term}</strong>: {props.definition} <a href={props.glossaryHref}>{props.moreLabel}</a>
      </span>
    </span>
  );
}

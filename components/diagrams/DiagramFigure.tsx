import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  caption: string;
  inWords: string;
  words: string[];
  width: number;
  height: number;
  children: ReactNode;
  /** On a one-page leaflet: no caption, and the "In words" list is kept for screen readers only (the sheet's text says the same). */
  compact?: boolean;
};

/**
 * The frame every diagram shares. The drawing is one image to assistive technology (role="img",
 * named by its title); the numbered "In words" list after it says everything the drawing shows.
 * The list is visible to everyone, not only to screen readers: it also helps readers who find
 * diagrams hard to follow, and it prints with the drawing.
 */
export function DiagramFigure({ id, title, caption, inWords, words, width, height, children, compact = false }: Props) {
  return (
    <figure className={compact ? 'diagram diagram-compact' : 'diagram'} data-diagram={id}>
      {compact ? null : <figcaption className="diagram-caption">{caption}</figcaption>}
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-words`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        className="diagram-svg"
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        {children}
      </svg>
      <div className={compact ? 'diagram-words sr-only' : 'diagram-words'}>
        <p className="font-semibold">{inWords}</p>
        <ol id={`${id}-words`}>
          {words.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ol>
      </div>
    </figure>
  );
}

import type { ReactNode } from 'react';

/**
 * A part of a page that no script changes after it arrives: server components only, no client
 * component inside. After the build, scripts/staticHtml.mjs removes its children from the
 * framework's payload, so its words are sent once (as HTML) rather than twice; the build fails
 * if a client component is found inside. The wrapper adds no box (display: contents).
 * A client component may hold it as children and drop it (the question generator replaces its
 * no-JavaScript list once hydrated), but must never render it again: the payload has no words
 * left to render it with.
 */
export function StaticHtml({ children }: { children: ReactNode }) {
  return (
    <div data-static-html="" className="static-html">
      {children}
    </div>
  );
}

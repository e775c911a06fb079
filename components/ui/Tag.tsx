import type { ReactNode } from 'react';

/** A short label beside a title ("About 6 minutes", "Not yet reviewed"); never the only way something is said. */
export function Tag({ children }: { children: ReactNode }) {
  return <span className="tag">{children}</span>;
}

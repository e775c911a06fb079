import type { ReactNode } from 'react';

export function Callout({ children }: { children: ReactNode }) {
  return <div className="callout border-l-4 border-brand bg-wash p-4">{children}</div>;
}

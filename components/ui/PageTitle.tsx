import type { ReactNode } from 'react';

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 data-pagefind-meta="title" className="text-3xl font-bold sm:text-4xl">{children}</h1>
      {lead ? <p className="page-lead mt-3 text-lg text-muted">{lead}</p> : null}
    </div>
  );
}

import type { ReactNode } from 'react';
import clsx from 'clsx';

/**
 * Inset text, as on NHS.UK and GOV.UK: a bar on the left and a light wash. `warning` is for
 * what a reader must not miss; the bar also prints, so the box survives black-and-white paper.
 */
export function Callout({ children, variant = 'info', className }: { children: ReactNode; variant?: 'info' | 'warning'; className?: string }) {
  return <div className={clsx('callout', variant === 'warning' && 'callout-warning', className)}>{children}</div>;
}

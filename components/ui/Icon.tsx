import { createElement } from 'react';
import type { IconNode } from 'lucide';

/**
 * A Lucide icon drawn on the server as inline SVG. We use the framework-free `lucide`
 * package rather than `lucide-react`, whose components are marked 'use client' and would
 * ship JavaScript for every icon. Icons sit beside text and never replace it, so they are
 * hidden from assistive technology.
 */
export function Icon({ node, className = 'icon' }: { node: IconNode; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className}>
      {node.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
    </svg>
  );
}

'use client';

import type { ComponentProps } from 'react';
import { carriedFragment } from '@/components/state/carry';

/**
 * The other-language link. Tool state and section anchors live in the fragment and use the
 * same ids in every language, so the link carries the fragment along: ticks, a question list
 * or "#section" survive switching language, and a tool may add what its address leaves out
 * (see carry.ts). Without JavaScript it is a plain link.
 */
export function LanguageLink({ href, ...rest }: ComponentProps<'a'> & { href: string }) {
  return <a href={href} {...rest} onClick={(e) => (e.currentTarget.href = href + carriedFragment())} />;
}

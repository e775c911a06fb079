import { buildFragment, parseFragment } from '@/components/state/fragment';

/** The fragment for a set of ticked items, in the checklist's own order: `#done=a,c`. */
export function encodeChecklistState(done: Iterable<string>, order: readonly string[]): string {
  const ticked = new Set(done);
  return buildFragment({ done: order.filter((id) => ticked.has(id)).join(',') });
}

/**
 * Ticked items from a fragment (or stored value). Unknown ids, unknown keys, garbage and
 * anything past the length limit are dropped; `ignored` says whether anything was, so the
 * page can tell the user. It never throws.
 */
export function decodeChecklistState(hash: string, validIds: readonly string[]): { done: string[]; ignored: boolean } {
  const { params, truncated } = parseFragment(hash);
  let ignored = truncated;
  for (const key of params.keys()) if (key !== 'done') ignored = true;
  const valid = new Set(validIds);
  const ticked = new Set<string>();
  for (const id of (params.get('done') ?? '').split(',')) {
    if (!id) continue;
    if (valid.has(id)) ticked.add(id);
    else ignored = true;
  }
  return { done: validIds.filter((id) => ticked.has(id)), ignored };
}

export const storageKey = (slug: string) => `before-your-scan:checklist:${slug}`;

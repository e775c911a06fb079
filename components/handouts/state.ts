import { parseFragment } from '@/components/state/fragment';

export const MAX_PROVIDED_BY = 80;
export type HandoutOptions = { providedBy: string; bilingual: boolean; largePrint: boolean };
export const defaultOptions: HandoutOptions = { providedBy: '', bilingual: false, largePrint: false };

/** A clinic's own version of a handout, as a fragment it can bookmark: `#by=Main%20St%20Clinic&bi=1`. */
export function encodeHandoutState(o: HandoutOptions): string {
  const p = new URLSearchParams();
  if (o.providedBy.trim()) p.set('by', o.providedBy.trim());
  if (o.bilingual) p.set('bi', '1');
  if (o.largePrint) p.set('large', '1');
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Reads the options back; a too-long or garbled "provided by" line and unknown keys are ignored and flagged. */
export function decodeHandoutState(hash: string): { options: HandoutOptions; ignored: boolean } {
  const { params, truncated } = parseFragment(hash);
  let ignored = truncated;
  for (const key of params.keys()) if (!['by', 'bi', 'large'].includes(key)) ignored = true;
  const by = params.get('by') ?? '';
  const providedBy = by.length <= MAX_PROVIDED_BY ? by.trim() : '';
  if (by.length > MAX_PROVIDED_BY) ignored = true;
  const flag = (key: string) => {
    const v = params.get(key);
    if (v !== null && v !== '1') ignored = true;
    return v === '1';
  };
  return { options: { providedBy, bilingual: flag('bi'), largePrint: flag('large') }, ignored };
}

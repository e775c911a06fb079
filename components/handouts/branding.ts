import { MAX_PROVIDED_BY } from './state';

/**
 * A clinic's co-branding: its name and logo on every handout it prints. The logo is a file the
 * clinic picks, read in the browser as a data: URL; it is never uploaded, and it is kept on the
 * device only when the clinic ticks "Keep the name and logo on this device".
 */
export type Branding = { name: string; logo: string };

export const BRANDING_KEY = 'bys:handout-branding';
/** 1 MB: any printable logo fits, and the saved copy stays well inside a browser's storage quota. */
export const MAX_LOGO_BYTES = 1_000_000;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;

export type LogoProblem = 'empty' | 'tooBig' | 'notImage';

/** What is wrong with a picked file before it is read, or null. The type is checked again from the bytes' decoding. */
export function logoProblem(file: { type: string; size: number }): LogoProblem | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'notImage';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_LOGO_BYTES) return 'tooBig';
  return null;
}

const dataUrl = /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/;
/** A base64 data: URL of an allowed image type, small enough to be one of ours. */
export const isLogoDataUrl = (s: string) => s.length <= Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40 && dataUrl.test(s);

export const encodeBranding = (b: Branding) => JSON.stringify({ v: 1, name: b.name, logo: b.logo });

/** Reads a saved branding back; anything edited by hand or left by an older version is dropped, never trusted. */
export function decodeBranding(raw: string | null): Branding | null {
  if (!raw) return null;
  try {
    const o: unknown = JSON.parse(raw);
    if (typeof o !== 'object' || o === null) return null;
    const { v, name, logo } = o as Record<string, unknown>;
    if (v !== 1 || typeof name !== 'string' || typeof logo !== 'string') return null;
    return { name: name.length <= MAX_PROVIDED_BY ? name.trim() : '', logo: isLogoDataUrl(logo) ? logo : '' };
  } catch {
    return null;
  }
}

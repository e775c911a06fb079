import { describe, expect, it } from 'vitest';
import { decodeBranding, encodeBranding, isLogoDataUrl, logoProblem, MAX_LOGO_BYTES } from './branding';

const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('logoProblem', () => {
  it('accepts the image types a printer can print', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml']) expect(logoProblem({ type, size: 1000 })).toBeNull();
  });
  it('names what is wrong with other files', () => {
    expect(logoProblem({ type: 'application/pdf', size: 1000 })).toBe('notImage');
    expect(logoProblem({ type: '', size: 1000 })).toBe('notImage');
    expect(logoProblem({ type: 'image/png', size: 0 })).toBe('empty');
    expect(logoProblem({ type: 'image/png', size: MAX_LOGO_BYTES + 1 })).toBe('tooBig');
    expect(logoProblem({ type: 'image/png', size: MAX_LOGO_BYTES })).toBeNull();
  });
});

describe('saved branding', () => {
  it('round-trips a name and a logo', () => {
    expect(decodeBranding(encodeBranding({ name: 'Riverside Imaging', logo: png }))).toEqual({ name: 'Riverside Imaging', logo: png });
  });
  it('drops a logo that is not an image data URL, keeping the name', () => {
    for (const logo of ['https://tracker.example/logo.png', 'data:text/html;base64,PHNjcmlwdD4=', 'javascript:alert(1)', `${png}"><script>`]) {
      expect(decodeBranding(JSON.stringify({ v: 1, name: 'Clinic', logo }))).toEqual({ name: 'Clinic', logo: '' });
    }
    expect(isLogoDataUrl(png)).toBe(true);
  });
  it('drops a name over the limit', () => {
    expect(decodeBranding(JSON.stringify({ v: 1, name: 'x'.repeat(81), logo: '' }))).toEqual({ name: '', logo: '' });
  });
  it('ignores garbage, other versions and nothing saved', () => {
    for (const raw of [null, '', '{', 'null', '42', '[]', JSON.stringify({ v: 2, name: 'a', logo: '' }), JSON.stringify({ v: 1, name: 3, logo: '' })]) {
      expect(decodeBranding(raw)).toBeNull();
    }
  });
});

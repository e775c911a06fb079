'use client';

import { LOGO_TYPES } from './branding';

type Props = { label: string; hint: string; removeLabel: string; logo: string; error: string; onPick: (file: File | undefined) => void; onRemove: () => void };

/** The clinic's logo: a native file input, the problem with a picked file if any, and the chosen logo with "Remove". */
export function LogoField({ label, hint, removeLabel, logo, error, onPick, onRemove }: Props) {
  return (
    <>
      <label htmlFor="handout-logo" className="block font-semibold">
        {label}
      </label>
      <p id="handout-logo-hint" className="text-sm">
        {hint}
      </p>
      <input
        id="handout-logo"
        type="file"
        accept={LOGO_TYPES.join(',')}
        className="block max-w-full"
        aria-describedby={`handout-logo-hint${error ? ' handout-logo-error' : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onPick(e.target.files?.[0]);
          // The same file picked again after "Remove logo" must fire change again.
          e.target.value = '';
        }}
      />
      {error ? (
        <p id="handout-logo-error" className="font-semibold" role="alert">
          {error}
        </p>
      ) : null}
      {logo ? (
        <p className="flex flex-wrap items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL from this device; nothing to optimise or fetch */}
          <img src={logo} alt="" className="h-12 w-auto max-w-40 border border-line bg-white object-contain" />
          <button type="button" className="button button-secondary button-small" onClick={onRemove}>
            {removeLabel}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** Reads a picked file as a data: URL and proves it decodes as an image, all in this tab. */
export function readLogo(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      const img = new Image();
      img.onload = () => resolve(url);
      img.onerror = () => reject(new Error('not an image'));
      img.src = url;
    };
    reader.readAsDataURL(file);
  });
}

/**
 * The site's mark: a scanner's ring with a keyhole in it. Decorative beside the site's name,
 * so hidden from assistive technology; it takes the theme's colours (and black in print).
 */
export function LogoMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32" className="logo-mark">
      <rect width="32" height="32" rx="8" className="logo-mark-bg" />
      <circle cx="16" cy="16" r="9.5" fill="none" strokeWidth="3" className="logo-mark-fg-stroke" />
      <path d="M16 11a2.6 2.6 0 0 1 1.3 4.85V21h-2.6v-5.15A2.6 2.6 0 0 1 16 11z" className="logo-mark-fg" />
    </svg>
  );
}

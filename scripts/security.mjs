// The headers every response carries; shared by postbuild (out/_headers) and serve.mjs.
export const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Only the search page runs WebAssembly (Pagefind's index reader), so only it may compile it. */
export const isSearchPage = (urlPath) => /^\/[^/]+\/search\/$/.test(urlPath);

/**
 * The page's Content-Security-Policy. `hashes` are the page's inline scripts ('sha256-…').
 * `wasm` adds 'wasm-unsafe-eval', which allows compiling WebAssembly and nothing else (no eval()).
 */
export function cspFor(hashes, { meta, wasm = false }) {
  const directives = [
    "default-src 'self'",
    ['script-src', "'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

// The renderer runs only the bundle it was built with: no inline script, no eval, no remote
// anything. The bridge is IPC, so the page needs no network at all beyond its own origin.

/** The Content-Security-Policy every app:// response carries. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers of every app:// response besides Content-Type. `nosniff` keeps a file served as opaque
 * bytes from being run as script; the page never needs to send a referrer.
 */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

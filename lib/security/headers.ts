/**
 * Response security headers, built per request by proxy.ts. Pure, so they are unit-tested.
 *
 * - Content-Security-Policy: scripts only with this response's nonce ('strict-dynamic' lets those
 *   scripts load the app's chunks), never 'unsafe-inline' for scripts. Next.js reads the nonce from the
 *   CSP request header that proxy.ts forwards and puts it on its own inline and chunk scripts. Styles
 *   keep 'unsafe-inline': charts and React set style attributes, which cannot carry a nonce.
 * - Strict-Transport-Security: only on a response served over https (browsers ignore it over http,
 *   and sending it on http://localhost would pin a developer's browser).
 * - Permissions-Policy: no camera, microphone, geolocation, payment, USB, …
 */
export type TSecurityHeaderInput = Readonly<{
  nonce: string;
  isHttps: boolean;
  isDev: boolean;
  /** SSO_ALLOW_INSECURE_ISSUERS: a test identity provider on plain http may receive the SSO redirect. */
  allowHttpForms?: boolean;
}>;

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "browsing-topics=()",
].join(", ");

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * form-action also governs where a form submission may be REDIRECTED (Chromium): the SSO form posts to
 * /api/sso/start, which answers 303 to the organization's identity provider, an origin known only per
 * organization (in the database). So form targets are this site and https origins (plain http only with
 * SSO_ALLOW_INSECURE_ISSUERS or in development); scripts, which could read what is typed, stay
 * nonce-only.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean, allowHttpForms = false): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only in development: React's dev build needs it for its error overlay and stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' https:${isDev || allowHttpForms ? " http:" : ""}`,
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ].join("; ");
}

/** Headers every response gets (in addition to next.config.js's static ones). */
export function securityHeaders({
  nonce,
  isHttps,
  isDev,
  allowHttpForms = false,
}: TSecurityHeaderInput): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, isDev, allowHttpForms),
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(isHttps ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** A fresh 128-bit nonce (base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

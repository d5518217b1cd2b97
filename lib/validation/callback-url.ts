/**
 * next-auth v4 refuses a `callbackUrl` query parameter that is neither a path ("/…") nor an absolute
 * http(s) URL by throwing INVALID_CALLBACK_URL_ERROR, which becomes a 500. This is the same test, so
 * the route can answer such requests with a 400 first (found by the fuzzer: `?callbackUrl=!&`).
 */
export function isAcceptedCallbackParam(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

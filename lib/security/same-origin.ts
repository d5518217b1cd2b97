/**
 * CSRF guard for route handlers. SameSite=Lax cookies alone let a cross-site `<form method=post
 * enctype=text/plain>` through on older browsers and same-site subdomains, and its body parses as JSON.
 * Every non-GET route handler therefore requires
 *  - `Content-Type: application/json` (a form cannot send it; a cross-site fetch with it needs a CORS
 *    preflight, which we never grant), and
 *  - an `Origin` header naming this site: the configured public origin, or the host the request was
 *    addressed to (Host / X-Forwarded-Host), compared by host as Next.js does for server actions.
 * Pure, so it is unit-tested without a server.
 */
export type THeaderGetter = Pick<Headers, "get">;

export type TOriginCheck =
  | { ok: true }
  | { ok: false; status: 403 | 415; code: "FORBIDDEN" | "UNSUPPORTED_MEDIA_TYPE"; message: string };

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isJsonContentType(value: string | null): boolean {
  return (value ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** Whether `origin` (the Origin header) names this site. */
export function isSameOrigin(headers: THeaderGetter, configuredOrigin: string | null): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false;
    if (configuredOrigin && url.origin === configuredOrigin) return true;
    host = url.host;
  } catch {
    return false;
  }
  const addressed = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  return addressed !== "" && addressed.toLowerCase() === host.toLowerCase();
}

/** The check for one request: safe methods pass; everything else needs same origin and JSON. */
export function checkJsonMutation(
  method: string,
  headers: THeaderGetter,
  configuredOrigin: string | null,
): TOriginCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  if (!isSameOrigin(headers, configuredOrigin))
    return { ok: false, status: 403, code: "FORBIDDEN", message: "Cross-site requests are not allowed." };
  if (!isJsonContentType(headers.get("content-type")))
    return {
      ok: false,
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send the request body as application/json.",
    };
  return { ok: true };
}

/**
 * Runs before every page and route handler (Next.js 16 "proxy", formerly middleware):
 * - refuses a URL with a NUL character (%00) in its path or query with 400, before any page or query
 *   sees it (PostgreSQL refuses NUL in text, which used to surface as a 500);
 * - sets the security headers (lib/security/headers.ts) with a fresh CSP nonce per request, and
 *   forwards the policy on the request so Next.js puts the nonce on its scripts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeaders } from "@/lib/security/headers";
import { isHttpsRequest } from "@/lib/security/client-ip";

function hasNul(request: NextRequest): boolean {
  const raw = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (/%00/i.test(raw) || raw.includes("\u0000")) return true;
  try {
    return decodeURIComponent(raw.replace(/\+/g, " ")).includes("\u0000");
  } catch {
    return false; // malformed escapes are the page's problem (Next answers 400 itself)
  }
}

export function proxy(request: NextRequest) {
  if (hasNul(request))
    return NextResponse.json(
      { error: { code: "INVALID_INPUT", message: "The address contains a NUL character." } },
      { status: 400 },
    );
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    isHttps: isHttpsRequest(request.headers, request.nextUrl.protocol),
    isDev: process.env.NODE_ENV === "development",
    allowHttpForms: ["true", "1"].includes(process.env.SSO_ALLOW_INSECURE_ISSUERS ?? ""),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

export const config = {
  // Everything except build assets (immutable files without HTML).
  matcher: ["/((?!_next/static|_next/image|favicon.svg|favicon.ico).*)"],
};

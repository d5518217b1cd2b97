/**
 * Runs before every page and route handler (Next.js 16 "proxy", formerly middleware):
 * - refuses a URL with a NUL character (%00) in its path or query with 400, before any page or query
 *   sees it (PostgreSQL refuses NUL in text, which used to surface as a 500);
 * - sets the security headers (lib/security/headers.ts) with a fresh CSP nonce per request, and
 *   forwards the policy on the request so Next.js puts the nonce on its scripts;
 * - answers the live workshop pages' old addresses (`/join`, `/w/<id>…`) with a permanent redirect
 *   (308, query string kept) to `/live…`, carrying an old guest cookie over (lib/workshops/guest-cookie.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeaders } from "@/lib/security/headers";
import { isHttpsRequest } from "@/lib/security/client-ip";
import { movedLivePath } from "@/lib/paths";
import { GUEST_COOKIE, movedGuestCookies } from "@/lib/workshops/guest-cookie";

function hasNul(request: NextRequest): boolean {
  const raw = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (/%00/i.test(raw) || raw.includes("\u0000")) return true;
  try {
    return decodeURIComponent(raw.replace(/\+/g, " ")).includes("\u0000");
  } catch {
    return false; // malformed escapes are the page's problem (Next answers 400 itself)
  }
}

/** `/join` and `/w/<id>…` moved to `/live…`: 308 (a POST stays a POST), the query string kept. */
function redirectMovedLivePath(request: NextRequest, isHttps: boolean): NextResponse | null {
  const moved = movedLivePath(request.nextUrl.pathname);
  if (!moved) return null;
  const url = request.nextUrl.clone();
  url.pathname = moved;
  const response = NextResponse.redirect(url, 308);
  const workshopId = request.nextUrl.pathname.split("/")[2];
  const token = request.cookies.get(GUEST_COOKIE)?.value;
  if (workshopId && token)
    for (const cookie of movedGuestCookies(workshopId, token, isHttps))
      response.headers.append("Set-Cookie", cookie);
  return response;
}

export function proxy(request: NextRequest) {
  if (hasNul(request))
    return NextResponse.json(
      { error: { code: "INVALID_INPUT", message: "The address contains a NUL character." } },
      { status: 400 },
    );
  const isHttps = isHttpsRequest(request.headers, request.nextUrl.protocol);
  const moved = redirectMovedLivePath(request, isHttps);
  if (moved) return moved;
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    isHttps,
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

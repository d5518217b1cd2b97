/** Small HTTP helpers of the SSO route handlers: the public origin, redirects with cookies. */
import "server-only";
import { env } from "@/lib/env";

/** The origin browsers use: NEXTAUTH_URL when set, else the forwarded or direct Host of the request. */
export function publicOrigin(request: Request): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

export const callbackUri = (request: Request) => `${publicOrigin(request)}/api/sso/callback`;

export type TCookie = Readonly<{
  name: string;
  value: string;
  path: string;
  maxAge: number;
  secure: boolean;
  httpOnly?: boolean;
}>;

const serializeCookie = (c: TCookie) =>
  [
    `${c.name}=${c.value}`,
    `Path=${c.path}`,
    `Max-Age=${c.maxAge}`,
    ...(c.httpOnly === false ? [] : ["HttpOnly"]),
    "SameSite=Lax",
    ...(c.secure ? ["Secure"] : []),
  ].join("; ");

/** A 303 to `location` (a path on this site or an absolute IdP URL), setting `cookies`. */
export function seeOther(location: string, cookies: TCookie[] = []): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const c of cookies) headers.append("Set-Cookie", serializeCookie(c));
  return new Response(null, { status: 303, headers });
}

/** Back to the sign-in page with an SSO error code (the page shows its message). */
export function toSignInWithError(code: string, extra: Record<string, string> = {}, cookies: TCookie[] = []) {
  const params = new URLSearchParams({ sso_error: code, ...extra });
  return seeOther(`/sign-in?${params.toString()}`, cookies);
}

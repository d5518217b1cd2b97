/**
 * The workshop guest cookie. HttpOnly, SameSite=Lax, and scoped by path to ONE workshop's page and API
 * (`/live/<id>` and `/api/workshops/<id>`), so the token is never even sent to the rest of the site.
 * Pure header building: the request edge (lib/http/workshop-session.ts) and the proxy set it.
 */
import { livePath } from "@/lib/paths";

/** The guest cookie's name; it is set twice, for the page path and the API path of one workshop. */
export const GUEST_COOKIE = "sw_workshop_guest";

const WorkshopIdPattern = /^[a-z0-9]{10,40}$/;
const GuestTokenPattern = /^[A-Za-z0-9_-]{20,100}$/;

export const guestCookiePaths = (workshopId: string) => [
  livePath(workshopId),
  `/api/workshops/${workshopId}`,
];

type TCookieOptions = Readonly<{ expiresAt: Date | null; isSecure: boolean }>;

/** One Set-Cookie value; `expiresAt` null makes it a browser-session cookie, `token` "" with a past date clears it. */
function cookieHeader(path: string, token: string, { expiresAt, isSecure }: TCookieOptions): string {
  return [
    `${GUEST_COOKIE}=${token}`,
    `Path=${path}`,
    ...(expiresAt ? [`Expires=${expiresAt.toUTCString()}`] : []),
    "HttpOnly",
    "SameSite=Lax",
    ...(isSecure ? ["Secure"] : []),
  ].join("; ");
}

/** Set-Cookie values for a guest who just joined: the page path and the API path, until the workshop expires. */
export function guestCookies(
  workshopId: string,
  token: string,
  expiresAt: Date,
  isSecure: boolean,
): string[] {
  return guestCookiePaths(workshopId).map((path) => cookieHeader(path, token, { expiresAt, isSecure }));
}

/**
 * Guests who joined while the workshop page was `/w/<id>` hold their page cookie on that path only (the
 * API cookie's path did not change). When such an old address redirects, the proxy copies the token to
 * `/live/<id>` (a browser-session cookie: the server still checks the token and the workshop's expiry on
 * every request) and clears the old one. Nothing for a malformed id or token.
 */
export function movedGuestCookies(workshopId: string, token: string, isSecure: boolean): string[] {
  if (!WorkshopIdPattern.test(workshopId) || !GuestTokenPattern.test(token)) return [];
  return [
    cookieHeader(livePath(workshopId), token, { expiresAt: null, isSecure }),
    cookieHeader(`/w/${workshopId}`, "", { expiresAt: new Date(0), isSecure }),
  ];
}

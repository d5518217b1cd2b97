/**
 * Request edge for workshop routes and pages: reads the session and the workshop's guest cookie and
 * resolves the caller (lib/data/workshops/access.ts). The cookie itself: lib/workshops/guest-cookie.ts.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { getSessionUserId } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { resolveWorkshopAccess, type TWorkshopAccess } from "@/lib/data/workshops/access";
import { GUEST_COOKIE } from "@/lib/workshops/guest-cookie";
import { requestClientIp } from "@/lib/security/client-ip";

const ZWorkshopId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** The caller's access to this workshop (cached within one request); NOT_FOUND for anyone else. */
export const requireWorkshopAccess = cache(async (workshopId: string): Promise<TWorkshopAccess> => {
  if (!ZWorkshopId.safeParse(workshopId).success) throw new AppError("NOT_FOUND", "Workshop not found.");
  const guestToken = (await cookies()).get(GUEST_COOKIE)?.value ?? null;
  // A guest cookie is only ever sent to its own workshop's paths: try it first and skip the session
  // decode on the hot vote path; fall back to the session (a member who once joined as a guest).
  if (guestToken) {
    const guest = await resolveWorkshopAccess(workshopId, { userId: null, guestToken }).catch(() => null);
    if (guest) return guest;
  }
  return resolveWorkshopAccess(workshopId, { userId: await getSessionUserId(), guestToken: null });
});

/**
 * The client address for rate limiting: never a client-supplied first X-Forwarded-For hop, but the
 * address TRUSTED_PROXY_HOPS proxies vouch for, or the socket peer (lib/security/client-ip.ts).
 */
export function clientIp(request: Request): string {
  return requestClientIp(request.headers);
}

export function isSecureRequest(request: Request): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || new URL(request.url).protocol === "https:";
}

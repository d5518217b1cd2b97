/**
 * The client's address for rate limits. X-Forwarded-For is a list the client starts and every proxy
 * appends to, so only the entries appended by OUR proxies can be believed: with TRUSTED_PROXY_HOPS = N
 * the client is the N-th address from the right end. With N = 0 (no proxy) the header is ignored and
 * the TCP peer address is the client. A client-supplied first hop is never used.
 */
import { env } from "@/lib/env";
import { currentRemoteAddress } from "@/lib/observability/request-context";

export type THeaderGetter = Pick<Headers, "get">;

const MAX_IP_LENGTH = 64;

/** Pure: the client address from the X-Forwarded-For value, the socket peer and the trusted hop count. */
export function clientIpFrom(
  forwardedFor: string | null,
  remoteAddress: string | undefined,
  trustedHops: number,
): string {
  const peer = normalise(remoteAddress) || "unknown";
  if (trustedHops <= 0) return peer;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the request did not come through all of them.
  if (hops.length < trustedHops) return peer;
  return normalise(hops[hops.length - trustedHops]) || peer;
}

function normalise(ip: string | undefined): string {
  if (!ip) return "";
  const v = ip.startsWith("::ffff:") ? ip.slice(7) : ip;
  return v.slice(0, MAX_IP_LENGTH);
}

/** The client address of the request being handled (route handlers, server actions, next-auth). */
export function requestClientIp(headers: THeaderGetter): string {
  return clientIpFrom(headers.get("x-forwarded-for"), currentRemoteAddress(), env().TRUSTED_PROXY_HOPS);
}

/** Whether the request reached the site over https (directly, or at a TLS-terminating proxy). */
export function isHttpsRequest(headers: THeaderGetter, protocol: string): boolean {
  if (protocol === "https:") return true;
  return (headers.get("x-forwarded-proto") ?? "").split(",")[0]!.trim().toLowerCase() === "https";
}

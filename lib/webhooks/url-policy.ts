/**
 * Where Stepwise may send requests (webhooks, Jira): an SSRF guard (pure). An admin-typed URL must be
 * https to a host name or public address; resolved addresses are checked again at delivery time
 * (lib/webhooks/send.ts pins the connection to the checked address, so DNS rebinding cannot slip in).
 * `allowInsecure` (WEBHOOKS_ALLOW_INSECURE_URLS, development and tests only) also permits http:// and
 * loopback (localhost, 127.0.0.0/8, ::1), nothing else private.
 */
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) as its IPv4 address. */
function unmap(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1]! : ip;
}

function isLoopback(rawIp: string): boolean {
  const ip = unmap(rawIp);
  const family = isIP(ip);
  return family !== 0 && loopback.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/** True when a connection to this IP address must be refused. */
export function isBlockedAddress(rawIp: string, allowInsecure: boolean): boolean {
  const ip = unmap(rawIp.replace(/^\[|\]$/g, ""));
  const family = isIP(ip);
  if (family === 0) return true;
  const type = family === 4 ? "ipv4" : "ipv6";
  if (allowInsecure && loopback.check(ip, type)) return false;
  return blocked.check(ip, type);
}

const isLocalhostName = (host: string) => host === "localhost" || host.endsWith(".localhost");

export type TUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** Checks a URL an admin typed (webhook endpoint, Jira base URL); returns it normalized or a message. */
export function checkOutboundUrl(raw: string, allowInsecure: boolean, what = "The URL"): TUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, message: `${what} is not a valid URL (e.g. https://example.com/hooks/stepwise).` };
  }
  if (url.username || url.password) return { ok: false, message: `${what} must not contain credentials.` };
  if (url.hash) return { ok: false, message: `${what} must not contain a #fragment.` };
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const local = isLocalhostName(host) || isLoopback(host);
  if (url.protocol === "http:") {
    if (!allowInsecure || !local)
      return {
        ok: false,
        message: allowInsecure
          ? `${what} must use https:// (http:// is allowed only for localhost here).`
          : `${what} must use https://.`,
      };
  } else if (url.protocol !== "https:") return { ok: false, message: `${what} must use https://.` };
  if (isLocalhostName(host) && !allowInsecure)
    return { ok: false, message: `${what} must point to a public host, not localhost.` };
  if (isIP(host) !== 0 && isBlockedAddress(host, allowInsecure))
    return { ok: false, message: `${what} must point to a public address, not a private or local one.` };
  return { ok: true, url: url.toString() };
}

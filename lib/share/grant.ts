/**
 * The passcode grant: after the right passcode, the visitor's browser keeps a cookie that proves it for
 * this link until the link expires (at most a day). Pure: `value = <expiry ms>.<HMAC-SHA256>` over the
 * link id, the passcode tag (so a changed passcode ends grants) and the expiry, keyed by the app secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const GRANT_MAX_AGE_SECONDS = 24 * 3600;
export const grantCookieName = (linkId: string) => `sw_share_${linkId.replace(/[^A-Za-z0-9]/g, "")}`;

const mac = (secret: string, linkId: string, tag: string, exp: number) =>
  createHmac("sha256", secret).update(`share-grant.${linkId}.${tag}.${exp}`).digest("base64url");

export function signGrant(secret: string, linkId: string, tag: string, exp: number): string {
  return `${exp}.${mac(secret, linkId, tag, exp)}`;
}

export function verifyGrant(
  secret: string,
  linkId: string,
  tag: string,
  value: string | undefined,
  now = Date.now(),
): boolean {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match) return false;
  const exp = Number(match[1]);
  if (exp <= now) return false;
  const given = Buffer.from(match[2]!);
  const expected = Buffer.from(mac(secret, linkId, tag, exp));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

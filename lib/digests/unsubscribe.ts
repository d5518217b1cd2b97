/**
 * One-click unsubscribe tokens for digests (pure, node:crypto). A token names one membership and is
 * signed with HMAC-SHA256 under a key derived from the app secret, over the membership id AND its
 * organization id: it unsubscribes that member from that organization's digest and nothing else. It
 * does not expire (an old digest's link keeps working) and carries no other secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const PURPOSE = "stepwise digest unsubscribe v1";
const TOKEN_PATTERN = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, membershipId: string, orgId: string): Buffer {
  const key = createHmac("sha256", secret).update(PURPOSE).digest();
  return createHmac("sha256", key).update(`${membershipId}\n${orgId}`).digest();
}

export function signUnsubscribeToken(secret: string, membershipId: string, orgId: string): string {
  return `${membershipId}.${signature(secret, membershipId, orgId).toString("base64url")}`;
}

/** The membership id a token claims (before its signature is checked), or null for a malformed token. */
export function unsubscribeTokenMember(token: string): string | null {
  return TOKEN_PATTERN.exec(token)?.[1] ?? null;
}

/** Whether `token` is this membership's and organization's token (constant-time compare). */
export function verifyUnsubscribeToken(
  secret: string,
  token: string,
  membershipId: string,
  orgId: string,
): boolean {
  const match = TOKEN_PATTERN.exec(token);
  if (!match || match[1] !== membershipId) return false;
  const given = Buffer.from(match[2]!, "base64url");
  const expected = signature(secret, membershipId, orgId);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

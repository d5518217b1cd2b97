/**
 * Share-link tokens. Pure (node:crypto only). A token is `sws_` + 43 base64url characters (256 random
 * bits); the database keeps only its SHA-256 (hex). Lookups go by that hash (unique index), and the
 * stored hash is compared with the computed one in constant time before the link is trusted.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const SHARE_TOKEN_PREFIX = "sws_";
const SHARE_TOKEN_PATTERN = /^sws_[A-Za-z0-9_-]{43}$/;

export function generateShareToken(): { token: string; hash: string } {
  const token = `${SHARE_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashShareToken(token) };
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string has the token's shape; anything else is refused before touching the database. */
export function isShareTokenFormat(token: string): boolean {
  return SHARE_TOKEN_PATTERN.test(token);
}

/** Constant-time equality of two hex digests (false for different lengths or non-hex input). */
export function sameDigest(a: string, b: string): boolean {
  if (!/^[0-9a-f]+$/.test(a) || !/^[0-9a-f]+$/.test(b)) return false;
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

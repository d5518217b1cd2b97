/**
 * API token strings. Pure (node:crypto only). A token is `swp_` + 43 base64url characters (256 random
 * bits); the database keeps only its SHA-256 and the first PREFIX_LENGTH characters for recognition.
 */
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "swp_";
export const PREFIX_LENGTH = 12;
const TOKEN_PATTERN = /^swp_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, PREFIX_LENGTH) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token of an `Authorization: Bearer <token>` header, or null if the header is missing or malformed. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const token = match?.[1];
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

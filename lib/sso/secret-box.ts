/**
 * AES-256-GCM sealing for small secrets (an IdP client secret, the SSO flow cookie), via node:crypto.
 * Format: `v1.<iv>.<tag>.<ciphertext>` (base64url). `context` is bound as additional authenticated
 * data, so a sealed value copied to another row (another organization) or purpose does not open.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

export function sealSecret(plain: string, key: Buffer, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plain text, or null when the value is malformed, tampered with, or sealed with another key/context. */
export function openSecret(sealed: string, key: Buffer, context: string): string | null {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}

/** STEPWISE_ENCRYPTION_KEY: 32 bytes as 64 hex characters or base64/base64url (`openssl rand -base64 32`). */
export function parseEncryptionKey(raw: string): Buffer | null {
  const value = raw.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value.replace(/\+/g, "-").replace(/\//g, "_").replace(/=$/, ""), "base64url");
    return key.length === 32 ? key : null;
  }
  return null;
}

/** A 32-byte key derived from another secret (HKDF-SHA256), one per purpose. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "stepwise", purpose, 32));
}

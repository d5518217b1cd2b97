/**
 * Workshop join codes: 10 Crockford base32 characters (50 bits of entropy from the caller's random
 * bytes), shown as `ABCDE-FGHJK`. Stored without the hyphen. Pure: randomness comes in as bytes.
 */

/** Crockford base32: no I, L, O or U, so codes read aloud or typed from a slide stay unambiguous. */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 10;
/** Random bytes a code needs: 10 characters × 5 bits = 50 bits ≤ 7 bytes. */
export const JOIN_CODE_BYTES = 7;
/** Failed join attempts are counted per code prefix of this length (see lib/data/workshops/join.ts). */
export const JOIN_CODE_PREFIX_LENGTH = 5;

/** Encodes the first 50 bits of `bytes` (at least 7 bytes) as a 10-character code. */
export function encodeJoinCode(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_BYTES) throw new Error(`a join code needs ${JOIN_CODE_BYTES} random bytes`);
  let bits = 0n;
  for (let i = 0; i < JOIN_CODE_BYTES; i += 1) bits = (bits << 8n) | BigInt(bytes[i]!);
  bits >>= BigInt(JOIN_CODE_BYTES * 8 - JOIN_CODE_LENGTH * 5);
  let code = "";
  for (let i = JOIN_CODE_LENGTH - 1; i >= 0; i -= 1)
    code += CROCKFORD_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

/**
 * What a person typed → the stored form, or null if it cannot be a code. Case, spaces and hyphens are
 * ignored, and the look-alikes Crockford allows are mapped (O→0, I/L→1).
 */
export function normaliseJoinCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!CROCKFORD_ALPHABET.includes(ch)) return null;
  return cleaned;
}

/** `ABCDEFGHJK` → `ABCDE-FGHJK` for display. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

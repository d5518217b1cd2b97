/** Single-use mailed tokens (password reset, email verification): 256 bits, only a SHA-256 stored. */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { UserTokenPurpose } from "@prisma/client";
import type { TTx } from "@/lib/db";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a token for `userId`, replacing that user's unused ones of the same purpose. Returns the raw token. */
export async function issueUserToken(
  tx: TTx,
  input: { userId: string; purpose: UserTokenPurpose; email: string; ttlMs: number },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
  await tx.userToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      email: input.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + input.ttlMs),
    },
  });
  return token;
}

/**
 * Redeems a token exactly once: one conditional update claims it (unused, unexpired, right purpose),
 * so two requests racing with the same link cannot both succeed. Returns the token row or null.
 */
export async function redeemUserToken(tx: TTx, purpose: UserTokenPurpose, token: string) {
  const tokenHash = hashToken(token);
  const claimed = await tx.userToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (claimed.count === 0) return null;
  return tx.userToken.findUnique({ where: { tokenHash }, select: { userId: true, email: true } });
}

/** Whether a token is currently redeemable (for showing the form), without using it. */
export async function peekUserToken(client: TTx, purpose: UserTokenPurpose, token: string) {
  const row = await client.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, email: true },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= new Date()) return null;
  return { email: row.email };
}

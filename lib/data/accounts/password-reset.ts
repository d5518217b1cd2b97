/**
 * Password reset by mail: a single-use link (hashed token, 1 hour), the same answer whether or not an
 * account has the address, and limits per client IP and per email address in PostgreSQL. A reset ends
 * every existing session of the account (users.session_version).
 */
import "server-only";
import { mailLocale } from "@/i18n/locales";
import { mailTranslator } from "@/i18n/translator";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { passwordResetMail } from "@/lib/mail/templates";
import { hashPassword } from "@/lib/passwords";
import { consumeRateLimit, resetRateLimitsMatching, type TRateLimit } from "../rate-limit";
import { normalizeEmail } from "../users";
import { issueUserToken, peekUserToken, redeemUserToken } from "./user-tokens";

export const RESET_TTL_MINUTES = 60;
export const RESET_LIMITS = {
  perIp: { limit: 20, windowSeconds: 60 * 60 },
  perEmail: { limit: 5, windowSeconds: 60 * 60 },
} as const satisfies Record<string, TRateLimit>;

export type TResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts the request against both limits, and mails a link if an account has this address. The result
 * never depends on whether it does; the mail is sent in the background so timing does not tell either.
 */
export async function requestPasswordReset(
  rawEmail: string,
  ip: string,
  /** The UI language of the request: the mail's language when the account has none stored yet. */
  requestLocale?: string | null,
): Promise<TResetRequestResult> {
  const email = normalizeEmail(rawEmail);
  const [byIp, byEmail] = await Promise.all([
    consumeRateLimit(`reset-ip:${ip}`, RESET_LIMITS.perIp),
    consumeRateLimit(`reset-email:${email}`, RESET_LIMITS.perEmail),
  ]);
  if (!byIp.isAllowed || !byEmail.isAllowed)
    return { ok: false, retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds) };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true },
  });
  if (!user) return { ok: true };
  const token = await db.$transaction((tx) =>
    issueUserToken(tx, {
      userId: user.id,
      purpose: "PASSWORD_RESET",
      email: user.email,
      ttlMs: RESET_TTL_MINUTES * 60_000,
    }),
  );
  const mail = passwordResetMail(await mailTranslator(mailLocale(user.locale, requestLocale)), {
    name: user.name,
    link: publicUrl(`/reset-password/${token}`),
    expiresInMinutes: RESET_TTL_MINUTES,
  });
  void sendMail(user.email, mail);
  return { ok: true };
}

/** The address a reset link is for, or null when it is unknown, used or expired. */
export async function findPasswordReset(token: string) {
  return peekUserToken(db, "PASSWORD_RESET", token);
}

const INVALID_LINK = "This reset link is invalid, expired or already used. Ask for a new one.";

/**
 * Sets the new password if the link is still valid, in one transaction: the token is claimed by a
 * conditional update (single use), every session ends, and the mailbox counts as verified.
 */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(newPassword);
  const email = await db.$transaction(async (tx) => {
    const claimed = await redeemUserToken(tx, "PASSWORD_RESET", token);
    if (!claimed) throw new AppError("NOT_FOUND", INVALID_LINK);
    const user = await tx.user.findUnique({
      where: { id: claimed.userId },
      select: { email: true, emailVerified: true },
    });
    // The account's address changed since the link was sent: the link proves nothing any more.
    if (!user || user.email !== claimed.email) throw new AppError("NOT_FOUND", INVALID_LINK);
    await tx.user.update({
      where: { id: claimed.userId },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        ...(user.emailVerified ? {} : { emailVerified: new Date() }),
      },
    });
    await tx.userToken.deleteMany({
      where: { userId: claimed.userId, purpose: "PASSWORD_RESET", usedAt: null },
    });
    return user.email;
  });
  // The owner proved control of the address: their failed sign-ins (per address + email) start over.
  await resetRateLimitsMatching("sign-in:ip-email:", `:${email}`);
  return { email };
}

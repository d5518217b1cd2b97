/**
 * Email verification: sign-up mails a single-use link (48 hours). Until it is used, the address cannot
 * accept invitations sent by mail or be linked to single sign-on (`users.email_verified`).
 */
import "server-only";
import { mailLocale } from "@/i18n/locales";
import { mailTranslator } from "@/i18n/translator";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { verifyEmailMail } from "@/lib/mail/templates";
import { consumeRateLimit } from "../rate-limit";
import { issueUserToken, redeemUserToken } from "./user-tokens";

export const VERIFY_TTL_HOURS = 48;
const RESEND_LIMIT = { limit: 5, windowSeconds: 60 * 60 } as const;

/** Mails a verification link to the account's address (no-op when already verified). */
export async function sendEmailVerification(userId: string): Promise<{ sent: boolean }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerified: true, locale: true },
  });
  if (!user || user.emailVerified) return { sent: false };
  const limit = await consumeRateLimit(`verify-email:${user.id}`, RESEND_LIMIT);
  if (!limit.isAllowed)
    throw new AppError(
      "INVALID_STATE",
      "We already sent several links. Check your inbox or try again later.",
    );
  const token = await db.$transaction((tx) =>
    issueUserToken(tx, {
      userId: user.id,
      purpose: "VERIFY_EMAIL",
      email: user.email,
      ttlMs: VERIFY_TTL_HOURS * 3600_000,
    }),
  );
  const sent = await sendMail(
    user.email,
    verifyEmailMail(await mailTranslator(mailLocale(user.locale)), {
      name: user.name,
      link: publicUrl(`/verify-email/${token}`),
      expiresInHours: VERIFY_TTL_HOURS,
    }),
  );
  return { sent };
}

/** Marks the address verified if the link is valid and still names the account's current address. */
export async function verifyEmail(token: string): Promise<{ email: string } | null> {
  return db.$transaction(async (tx) => {
    const claimed = await redeemUserToken(tx, "VERIFY_EMAIL", token);
    if (!claimed) return null;
    const updated = await tx.user.updateMany({
      where: { id: claimed.userId, email: claimed.email },
      data: { emailVerified: new Date() },
    });
    return updated.count === 1 ? { email: claimed.email } : null;
  });
}

/** Whether the user's address is verified (the field SSO linking and mailed invites check). */
export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return Boolean(user?.emailVerified);
}

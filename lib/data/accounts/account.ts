/**
 * A person deletes their own account. Their personal data goes (name, email, password, SSO identities,
 * tokens, memberships and seats); the user row stays as an anonymous "Former member", so answers and
 * history they authored in organizations keep their meaning. The last-admin guard holds for every
 * organization they administer (admin rows locked, as for removals).
 *
 * Account-level actions need the account's password, re-entered (docs/sso.md "Account-level actions"):
 * a session is not enough, because an SSO session is vouched for by one organization's IdP only.
 */
import "server-only";
import type { TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/passwords";
import { recordAudit } from "../audit";
import { consumeRateLimit } from "../rate-limit";
import { lockAdmins } from "./members";

export const FORMER_MEMBER = "Former member";

/** Re-entered password checks per account: 5 per 15 minutes, so the form is no password oracle. */
const REAUTH_LIMIT = { limit: 5, windowSeconds: 15 * 60 } as const;

export const NO_PASSWORD_MESSAGE =
  "Your account has no password: you sign in through your organization's single sign-on, which vouches for you in that organization only. To act on the whole account, set a password first (Forgot your password? on the sign-in page sends a link to your address), then come back.";

/**
 * Checks the account's password, re-entered on an account-level form. Refuses accounts without a
 * password (created by SSO) with a pointer to the reset mail, and more than 5 tries per 15 minutes.
 */
export async function requireAccountPassword(userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (!hasUsablePassword(user.passwordHash)) throw new AppError("INVALID_STATE", NO_PASSWORD_MESSAGE);
  const limit = await consumeRateLimit(`account-reauth:${userId}`, REAUTH_LIMIT);
  if (!limit.isAllowed)
    throw new AppError(
      "INVALID_STATE",
      `Too many attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
    );
  if (!password || !(await verifyPassword(user.passwordHash, password)))
    throw new AppError("INVALID_INPUT", "That is not your current password.", {
      password: ["does not match your current password"],
    });
}

/** SSO-created accounts store "" and deleted ones "!deleted": neither is an argon2 hash. */
export const hasUsablePassword = (passwordHash: string) => passwordHash.startsWith("$argon2");

/** Whether the account can re-enter a password (the /account page explains the SSO-only case). */
export async function accountHasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user && hasUsablePassword(user.passwordHash));
}

export async function deleteOwnAccount(
  userId: string,
  { confirmEmail, password }: { confirmEmail: string; password: string },
  meta: TAuditMeta,
) {
  await requireAccountPassword(userId, password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
    if (!user) throw new AppError("NOT_FOUND", "Account not found.");
    if (confirmEmail.trim().toLowerCase() !== user.email)
      throw new AppError("INVALID_INPUT", "Type your email address exactly to confirm.", {
        confirmEmail: ["does not match your email address"],
      });
    const memberships = await tx.membership.findMany({
      where: { userId },
      select: { organizationId: true, role: true, organization: { select: { name: true } } },
      orderBy: { organizationId: "asc" },
    });
    for (const m of memberships) {
      if (m.role !== "ADMIN") continue;
      const admins = await lockAdmins(tx, m.organizationId);
      if (admins.length <= 1)
        throw new AppError(
          "INVALID_STATE",
          `You are the last admin of ${m.organization.name}: make someone else an admin there, or delete that organization, first.`,
        );
    }
    for (const m of memberships) {
      await recordAudit(
        tx,
        { orgId: m.organizationId, userId, actorLabel: `${user.name} <${user.email}>`, meta },
        { action: "account.deleted", target: { type: "user", id: userId }, details: { role: m.role } },
      );
    }
    await tx.teamMember.deleteMany({ where: { userId } });
    await tx.assessmentRespondent.deleteMany({
      where: { userId, assessment: { status: "DRAFT", responsesClosedAt: null } },
    });
    await tx.workshopParticipant.deleteMany({ where: { userId, workshop: { status: { not: "ENDED" } } } });
    await tx.membership.deleteMany({ where: { userId } });
    await tx.ssoIdentity.deleteMany({ where: { userId } });
    await tx.userToken.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `deleted-${userId}@deleted.invalid`,
        name: FORMER_MEMBER,
        passwordHash: "!deleted",
        emailVerified: null,
        sessionVersion: { increment: 1 },
      },
    });
  });
}

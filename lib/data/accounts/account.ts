/**
 * A person deletes their own account. Their personal data goes (name, email, password, SSO identities,
 * tokens, memberships and seats); the user row stays as an anonymous "Former member", so answers and
 * history they authored in organizations keep their meaning. The last-admin guard holds for every
 * organization they administer (admin rows locked, as for removals).
 */
import "server-only";
import type { TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit";
import { lockAdmins } from "./members";

export const FORMER_MEMBER = "Former member";

export async function deleteOwnAccount(userId: string, confirmEmail: string, meta: TAuditMeta) {
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

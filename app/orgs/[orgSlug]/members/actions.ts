"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { changeMemberRole, removeMember } from "@/lib/data/accounts/members";
import { createInvite, revokeInvite } from "@/lib/data/invites";
import { orgPath } from "@/lib/paths";
import { ORG_ROLES, requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);
const ZId = z.string().trim().min(1).max(40);

type TInviteResult = { url: string; expiresAt: string; email: string | null; mailed: boolean };

export async function createInviteAction(
  prev: ActionResult<TInviteResult> | null,
  formData: FormData,
): Promise<ActionResult<TInviteResult>> {
  const t = await getTranslations("admin.members");
  const ZInvite = z.object({
    orgSlug: ZSlug,
    role: z.enum(ORG_ROLES, t("chooseRole")),
    teamId: z.string().trim().max(40).default(""),
    email: z.union([z.literal(""), z.email(t("emailInvalid")).max(254)]).default(""),
  });
  return defineFormAction(ZInvite, async ({ orgSlug, role, teamId, email }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    const invite = await createInvite(
      ctx,
      { role, teamId: teamId || null, email: email || null },
      await requestAuditMeta(),
    );
    revalidatePath(orgPath(orgSlug, "members"));
    return {
      url: invite.url,
      expiresAt: invite.expiresAt.toISOString(),
      email: email || null,
      mailed: invite.mailed,
    };
  })(prev, formData);
}

const ZRevoke = z.object({ orgSlug: ZSlug, inviteId: ZId });

type TMessage = { message: string };

export async function revokeInviteAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.members");
  return defineFormAction(ZRevoke, async ({ orgSlug, inviteId }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    await revokeInvite(ctx, inviteId, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "members"));
    return { message: t("revoked") };
  })(prev, formData);
}

export async function updateRoleAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.members");
  const ZRole = z.object({ orgSlug: ZSlug, userId: ZId, role: z.enum(ORG_ROLES, t("chooseRole")) });
  return defineFormAction(ZRole, async ({ orgSlug, ...input }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    await changeMemberRole(ctx, input, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "members"));
    return { message: t("roleUpdated") };
  })(prev, formData);
}

const ZRemove = z.object({ orgSlug: ZSlug, userId: ZId });

export async function removeMemberAction(
  prev: ActionResult<TMessage> | null,
  formData: FormData,
): Promise<ActionResult<TMessage>> {
  const t = await getTranslations("admin.members");
  return defineFormAction(ZRemove, async ({ orgSlug, userId }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    await removeMember(ctx, userId, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "members"));
    return { message: t("removed") };
  })(prev, formData);
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { changeMemberRole, removeMember } from "@/lib/data/accounts/members";
import { createInvite, revokeInvite } from "@/lib/data/invites";
import { orgPath } from "@/lib/paths";
import { ORG_ROLES, requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);
const ZId = z.string().trim().min(1).max(40);

const ZInvite = z.object({
  orgSlug: ZSlug,
  role: z.enum(ORG_ROLES, "Choose a role"),
  teamId: z.string().trim().max(40).default(""),
  email: z
    .union([z.literal(""), z.email("Enter a valid email address or leave it empty").max(254)])
    .default(""),
});

export const createInviteAction = defineFormAction(ZInvite, async ({ orgSlug, role, teamId, email }) => {
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
});

const ZRevoke = z.object({ orgSlug: ZSlug, inviteId: ZId });

export const revokeInviteAction = defineFormAction(ZRevoke, async ({ orgSlug, inviteId }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await revokeInvite(ctx, inviteId, await requestAuditMeta());
  revalidatePath(orgPath(orgSlug, "members"));
  return { message: "Invite revoked: the link no longer works." };
});

const ZRole = z.object({ orgSlug: ZSlug, userId: ZId, role: z.enum(ORG_ROLES, "Choose a role") });

export const updateRoleAction = defineFormAction(ZRole, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await changeMemberRole(ctx, input, await requestAuditMeta());
  revalidatePath(orgPath(orgSlug, "members"));
  return { message: "Role updated." };
});

const ZRemove = z.object({ orgSlug: ZSlug, userId: ZId });

export const removeMemberAction = defineFormAction(ZRemove, async ({ orgSlug, userId }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await removeMember(ctx, userId, await requestAuditMeta());
  revalidatePath(orgPath(orgSlug, "members"));
  return { message: "Removed from the organization." };
});

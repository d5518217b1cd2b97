"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { createInvite } from "@/lib/data/invites";
import { updateMemberRole } from "@/lib/data/orgs";
import { ORG_ROLES } from "@/lib/roles";
import { requireOrg } from "@/lib/session";

const ZSlug = z.string().trim().min(1).max(60);

const ZInvite = z.object({
  orgSlug: ZSlug,
  role: z.enum(ORG_ROLES, "Choose a role"),
  teamId: z.string().trim().max(40).default(""),
});

export const createInviteAction = defineFormAction(ZInvite, async ({ orgSlug, role, teamId }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  const { token, expiresAt } = await createInvite(
    ctx,
    { role, teamId: teamId || null },
    await requestAuditMeta(),
  );
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  revalidatePath(`/orgs/${orgSlug}/members`);
  return { url: `${origin}/invite/${token}`, expiresAt: expiresAt.toISOString() };
});

const ZRole = z.object({
  orgSlug: ZSlug,
  userId: z.string().trim().min(1).max(40),
  role: z.enum(ORG_ROLES, "Choose a role"),
});

export const updateRoleAction = defineFormAction(ZRole, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await updateMemberRole(ctx, input, await requestAuditMeta());
  revalidatePath(`/orgs/${orgSlug}/members`);
  return { message: "Role updated." };
});

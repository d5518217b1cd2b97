"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { acceptInvite } from "@/lib/data/invites";
import { orgPath } from "@/lib/paths";
import { requireUserId } from "@/lib/authz";

const ZAccept = z.object({ token: z.string().trim().min(10).max(100) });

export const acceptInviteAction = defineFormAction(ZAccept, async ({ token }) => {
  const { orgSlug } = await acceptInvite(await requireUserId(), token, await requestAuditMeta());
  redirect(orgPath(orgSlug));
});

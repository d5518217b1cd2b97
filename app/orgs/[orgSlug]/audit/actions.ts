"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { ZAuditRetentionDays } from "@/lib/audit/events";
import { setAuditRetentionDays } from "@/lib/data/audit";
import { orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZRetention = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  days: ZAuditRetentionDays,
});

export const setRetentionAction = defineFormAction(ZRetention, async ({ orgSlug, days }) => {
  // Any member passes requireOrg; setAuditRetentionDays refuses non-admins (NOT_FOUND, like the page).
  const ctx = await requireOrg(orgSlug);
  await setAuditRetentionDays(ctx, days, await requestAuditMeta());
  revalidatePath(orgPath(orgSlug, "audit"));
  return { message: `Events are kept for ${days} days.` };
});

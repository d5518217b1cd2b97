"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { ZAuditRetentionDays } from "@/lib/audit/events";
import { setAuditRetentionDays } from "@/lib/data/audit";
import { orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZRetention = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  days: ZAuditRetentionDays,
});

export async function setRetentionAction(
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("admin.audit");
  return defineFormAction(ZRetention, async ({ orgSlug, days }) => {
    // Any member passes requireOrg; setAuditRetentionDays refuses non-admins (NOT_FOUND, like the page).
    const ctx = await requireOrg(orgSlug);
    await setAuditRetentionDays(ctx, days, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug, "audit"));
    return { message: t("retentionSaved", { days }) };
  })(prev, formData);
}

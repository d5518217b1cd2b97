"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { requireOrg } from "@/lib/authz";
import { setEvidenceFreshnessDays } from "@/lib/data/evidence";
import { orgPath } from "@/lib/paths";

// The data layer parses the number of days (lib/data/evidence.ts) and checks the role.
export const saveEvidenceFreshnessAction = defineFormAction(
  z.object({ orgSlug: z.string().trim().min(1).max(60), days: z.string().max(20) }),
  async ({ orgSlug, days }) => {
    const ctx = await requireOrg(orgSlug, "ADMIN");
    const saved = await setEvidenceFreshnessDays(ctx, days, await requestAuditMeta());
    const t = await getTranslations("evidence");
    revalidatePath(orgPath(orgSlug), "layout");
    return { message: t("saved", { days: saved }) };
  },
);

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { submitAssessment } from "@/lib/data/assessments";
import { countAssessmentSubmitted } from "@/lib/observability/metrics";
import { assessmentPath, orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZSubmit = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  assessmentId: z.string().trim().min(1).max(40),
});

export const submitAssessmentAction = defineFormAction(ZSubmit, async ({ orgSlug, assessmentId }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  await submitAssessment(ctx, assessmentId, await requestAuditMeta());
  countAssessmentSubmitted();
  revalidatePath(orgPath(orgSlug), "layout");
  redirect(assessmentPath(orgSlug, assessmentId, "results"));
});

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { localizedFormAction } from "@/i18n/action-errors";
import { RESPONDENT_ERRORS } from "@/i18n/known-errors";
import { setFinished } from "@/lib/data/respondents/responses";
import { assessmentPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const defineAction = localizedFormAction("respondents.errors", RESPONDENT_ERRORS);

const ZFinish = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  assessmentId: z.string().trim().min(1).max(40),
  isFinished: z.stringbool(),
});

export const setFinishedAction = defineAction(ZFinish, async ({ orgSlug, assessmentId, isFinished }) => {
  const ctx = await requireOrg(orgSlug, "MEMBER");
  await setFinished(ctx, assessmentId, isFinished);
  revalidatePath(assessmentPath(orgSlug, assessmentId), "layout");
  return { isFinished };
});

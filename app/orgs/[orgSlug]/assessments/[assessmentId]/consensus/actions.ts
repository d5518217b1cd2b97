"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { localizedFormAction } from "@/i18n/action-errors";
import { RESPONDENT_ERRORS } from "@/i18n/known-errors";
import { requestAuditMeta } from "@/lib/audit-meta";
import { recordConsensus } from "@/lib/data/respondents/consensus";
import { assessmentPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";
import { NOTES_MAX } from "@/lib/validation/answers";

const defineAction = localizedFormAction("respondents.errors", RESPONDENT_ERRORS);

const ZConsensus = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  assessmentId: z.string().trim().min(1).max(40),
  questionId: z.string().trim().min(1).max(100),
  choice: z.union([z.literal("not-sure"), z.coerce.number().int().min(1).max(9)], {
    error: "Choose the agreed answer",
  }),
  note: z.string().max(NOTES_MAX, `At most ${NOTES_MAX} characters`).default(""),
  /** The agreed answer's version the lead saw ("" = none yet): a newer one is not overwritten. */
  expectedUpdatedAt: z.string().trim().max(40).default(""),
});

export const recordConsensusAction = defineAction(
  ZConsensus,
  async ({ orgSlug, assessmentId, questionId, choice, note, expectedUpdatedAt }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    const isNotSure = choice === "not-sure";
    await recordConsensus(
      ctx,
      assessmentId,
      {
        questionId,
        level: isNotSure ? null : choice,
        notSure: isNotSure,
        note,
        expectedUpdatedAt: expectedUpdatedAt || null,
      },
      await requestAuditMeta(),
    );
    revalidatePath(assessmentPath(orgSlug, assessmentId, "consensus"));
    return { questionId };
  },
);

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { createJiraIssueForStep } from "@/lib/data/jira";
import { journeysPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZId = z.string().trim().min(1).max(60);

export const createJiraIssueAction = defineFormAction(
  z.object({ orgSlug: ZId, teamId: ZId, journeyId: ZId, stepId: ZId }),
  async ({ orgSlug, teamId, journeyId, stepId }) => {
    const ctx = await requireOrg(orgSlug);
    const issue = await createJiraIssueForStep(ctx, stepId, await requestAuditMeta());
    revalidatePath(journeysPath(orgSlug, teamId, journeyId, "plan", "steps", stepId));
    return issue;
  },
);

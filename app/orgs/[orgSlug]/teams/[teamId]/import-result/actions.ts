"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { checkResultLink, importResultLink } from "@/lib/data/result-import";
import { assessmentPath, teamPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZImportResult = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  teamId: z.string().trim().min(1).max(40),
  intent: z.enum(["check", "create"]),
  url: z.string().trim().min(1, "Paste the result link.").max(8000, "That link is too long."),
  modelId: z.string().trim().max(40).default(""),
  title: z.string().trim().max(120, "At most 120 characters").default(""),
});

/** Checks a shared result link of the community self-assessment, or creates a draft from it. */
export const importResultAction = defineFormAction(
  ZImportResult,
  async ({ orgSlug, teamId, intent, url, modelId, title }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    if (intent === "check")
      return { check: await checkResultLink(ctx, { url, modelId: modelId || undefined }) };
    const created = await importResultLink(
      ctx,
      { teamId, url, modelId: modelId || undefined, title },
      await requestAuditMeta(),
    );
    revalidatePath(teamPath(orgSlug, teamId));
    redirect(assessmentPath(orgSlug, created.assessmentId));
  },
);

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localizedFormAction } from "@/i18n/action-errors";
import { WORKSHOP_ERRORS } from "@/i18n/known-errors";
import { createWorkshop } from "@/lib/data/workshops";
import { orgPath, workshopPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZOptionalId = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || undefined);

const ZCreateWorkshop = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  teamId: ZOptionalId,
  modelId: ZOptionalId,
  assessmentId: ZOptionalId,
  title: z.string().trim().max(120, "At most 120 characters.").optional(),
  timerSeconds: z
    .enum(["", "60", "120", "300"])
    .default("")
    .transform((v) => (v ? Number(v) : null)),
});

const defineAction = localizedFormAction("workshops.errors", WORKSHOP_ERRORS);

export const createWorkshopAction = defineAction(ZCreateWorkshop, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "FACILITATOR");
  const { id } = await createWorkshop(ctx, input);
  revalidatePath(orgPath(orgSlug), "layout");
  redirect(workshopPath(orgSlug, id));
});

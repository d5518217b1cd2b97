"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localizedFormAction } from "@/i18n/action-errors";
import { RESPONDENT_ERRORS } from "@/i18n/known-errors";
import { addRespondent, closeAnswering, openToRespondents, removeRespondent } from "@/lib/data/respondents";
import { assessmentPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const defineAction = localizedFormAction("respondents.errors", RESPONDENT_ERRORS);

const ZId = z.string().trim().min(1).max(40);
const ZTarget = z.object({ orgSlug: z.string().trim().min(1).max(60), assessmentId: ZId });
const ZRespondent = ZTarget.extend({ userId: z.string().trim().min(1, "Choose a team member").max(40) });

const base = (orgSlug: string, assessmentId: string) => assessmentPath(orgSlug, assessmentId);

export const openToRespondentsAction = defineAction(ZTarget, async ({ orgSlug, assessmentId }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  await openToRespondents(ctx, assessmentId);
  revalidatePath(base(orgSlug, assessmentId), "layout");
  redirect(`${base(orgSlug, assessmentId)}/respondents`);
});

export const addRespondentAction = defineAction(ZRespondent, async ({ orgSlug, assessmentId, userId }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  await addRespondent(ctx, assessmentId, userId);
  revalidatePath(`${base(orgSlug, assessmentId)}/respondents`);
  return { userId };
});

export const removeRespondentAction = defineAction(ZRespondent, async ({ orgSlug, assessmentId, userId }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  await removeRespondent(ctx, assessmentId, userId);
  revalidatePath(`${base(orgSlug, assessmentId)}/respondents`);
  return { userId };
});

export const closeAnsweringAction = defineAction(ZTarget, async ({ orgSlug, assessmentId }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  await closeAnswering(ctx, assessmentId);
  revalidatePath(base(orgSlug, assessmentId), "layout");
  redirect(`${base(orgSlug, assessmentId)}/consensus`);
});

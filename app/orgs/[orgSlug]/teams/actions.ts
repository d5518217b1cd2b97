"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { startAssessment } from "@/lib/data/assessments";
import { addTeamMember, createTeam, removeTeamMember, setTeamGroup } from "@/lib/data/teams";
import { assessmentPath, orgPath, teamPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZSlug = z.string().trim().min(1).max(60);
const ZId = z.string().trim().min(1).max(40);

const ZCreateTeam = z.object({
  orgSlug: ZSlug,
  name: z.string().trim().min(2, "At least 2 characters").max(60),
  description: z.string().trim().max(300).default(""),
  group: z.string().trim().max(60, "At most 60 characters").default(""),
});

export const createTeamAction = defineFormAction(ZCreateTeam, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  const team = await createTeam(ctx, input);
  revalidatePath(orgPath(orgSlug), "layout");
  const t = await getTranslations("teams.actions");
  return { id: team.id, message: t("created", { name: team.name }) };
});

const ZTeamGroup = z.object({
  orgSlug: ZSlug,
  teamId: ZId,
  group: z.string().trim().max(60, "At most 60 characters").default(""),
});

export const setTeamGroupAction = defineFormAction(ZTeamGroup, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  const team = await setTeamGroup(ctx, input);
  revalidatePath(orgPath(orgSlug), "layout");
  const t = await getTranslations("teams.actions");
  return {
    message: team.group
      ? t("grouped", { name: team.name, group: team.group })
      : t("ungrouped", { name: team.name }),
  };
});

const ZTeamMember = z.object({ orgSlug: ZSlug, teamId: ZId, userId: ZId });

export const addTeamMemberAction = defineFormAction(ZTeamMember, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await addTeamMember(ctx, input);
  revalidatePath(teamPath(orgSlug, input.teamId));
  return { message: (await getTranslations("teams.actions"))("memberAdded") };
});

export const removeTeamMemberAction = defineFormAction(ZTeamMember, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "ADMIN");
  await removeTeamMember(ctx, input);
  revalidatePath(teamPath(orgSlug, input.teamId));
  return { message: (await getTranslations("teams.actions"))("memberRemoved") };
});

const ZStart = z.object({
  orgSlug: ZSlug,
  teamId: ZId,
  modelId: ZId,
  title: z.string().trim().max(120).default(""),
  /** "on": copy the answers and evidence of the team's latest submitted assessment. */
  fromPrevious: z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((v) => v === "on"),
});

export const startAssessmentAction = defineFormAction(ZStart, async ({ orgSlug, ...input }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  const { id } = await startAssessment(ctx, input);
  redirect(assessmentPath(orgSlug, id));
});

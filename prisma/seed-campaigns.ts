/**
 * A demo assessment campaign: the "Core Platform" group's quarterly round, opened twelve days ago and
 * due in three (so reminders are due), with Data Platform part-way through its draft and Identity's
 * open draft linked rather than duplicated. Built through the DAL. Idempotent: does nothing when the
 * organization already has a campaign.
 */
import { resolveOrgContext } from "@/lib/authz/context";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { saveAnswers } from "@/lib/data/assessments";
import { createCampaign } from "@/lib/data/campaigns";
import { getModelDefinition } from "@/lib/data/models";

export const DEMO_CAMPAIGN_TITLE = "Core Platform quarterly round";
const DAY_MS = 86_400_000;

export async function seedDemoCampaign(orgSlug: string, log: (line: string) => void) {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: orgSlug }, select: { id: true } });
  if (await db.campaign.findFirst({ where: { organizationId: org.id }, select: { id: true } })) return;
  const facilitator = await db.membership.findFirst({
    where: { organizationId: org.id, role: "FACILITATOR" },
    select: { userId: true },
  });
  const model = await db.maturityModel.findFirst({
    where: { key: "cncf-platform-engineering", organizationId: null },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!facilitator || !model) return;
  const ctx = await resolveOrgContext(facilitator.userId, orgSlug, "FACILITATOR");
  const now = Date.now();
  const { id } = await createCampaign(ctx, {
    title: DEMO_CAMPAIGN_TITLE,
    modelId: model.id,
    selection: "GROUP",
    group: "Core Platform",
    mode: "LEAD_ANSWERS",
    opensOn: isoDay(new Date(now - 12 * DAY_MS)),
    dueOn: isoDay(new Date(now + 3 * DAY_MS)),
    remindDaysBefore: 5,
  });
  const dataPlatform = await db.campaignTeam.findFirst({
    where: { campaignId: id, team: { name: "Data Platform" } },
    select: { assessmentId: true },
  });
  if (dataPlatform) {
    const definition = await getModelDefinition(model.id);
    const investment = definition.aspects[0]!.questions.map((q) => ({
      questionId: q.id,
      level: 3,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    }));
    await saveAnswers(ctx, dataPlatform.assessmentId, investment);
  }
  log(`demo campaign "${DEMO_CAMPAIGN_TITLE}" created`);
}

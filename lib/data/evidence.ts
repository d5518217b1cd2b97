/**
 * Evidence and confidence, the data side: the organization's evidence freshness window (read by
 * everyone, set by admins) and the respondents' levels a collaborative assessment's confidence uses.
 * The rules are pure, in lib/scoring/confidence.ts and lib/scoring/assessment-confidence.ts.
 */
import "server-only";
import { z } from "zod";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_EVIDENCE_FRESHNESS_DAYS } from "@/lib/scoring/confidence";
import { recordAudit } from "./audit";

export const EVIDENCE_FRESHNESS = { minDays: 7, maxDays: 3650 } as const;
export const ZEvidenceFreshnessDays = z.coerce
  .number({ error: "Enter a number of days." })
  .int("Enter a whole number of days.")
  .min(EVIDENCE_FRESHNESS.minDays, `At least ${EVIDENCE_FRESHNESS.minDays} days.`)
  .max(EVIDENCE_FRESHNESS.maxDays, `At most ${EVIDENCE_FRESHNESS.maxDays} days.`);

export async function getEvidenceFreshnessDays(ctx: OrgContext): Promise<number> {
  const org = await db.organization.findUnique({
    where: { id: ctx.orgId },
    select: { evidenceFreshnessDays: true },
  });
  return org?.evidenceFreshnessDays ?? DEFAULT_EVIDENCE_FRESHNESS_DAYS;
}

/** ADMIN: sets the window (7 days to 10 years); audited with the old and new value. */
export async function setEvidenceFreshnessDays(
  ctx: OrgContext,
  raw: unknown,
  meta: TAuditMeta = NO_AUDIT_META,
): Promise<number> {
  assertRole(ctx, "ADMIN", "Only admins can change this setting.");
  const parsed = ZEvidenceFreshnessDays.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]!.message;
    throw new AppError("INVALID_INPUT", message, { days: [message] });
  }
  const days = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: ctx.orgId },
      select: { evidenceFreshnessDays: true },
    });
    await tx.organization.update({ where: { id: ctx.orgId }, data: { evidenceFreshnessDays: days } });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "org.evidence_freshness_changed",
        target: { type: "organization", id: ctx.orgId, label: ctx.orgName },
        details: { from: before.evidenceFreshnessDays, to: days },
      },
    );
    return days;
  });
}

/** Collaborative assessments: each question's respondent levels ("not sure" left out), for the spread. */
export async function getRespondentLevels(
  ctx: OrgContext,
  assessmentId: string,
): Promise<Map<string, number[]>> {
  const rows = await db.response.findMany({
    where: { assessmentId, level: { not: null }, assessment: { organizationId: ctx.orgId } },
    select: { questionId: true, level: true },
  });
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.questionId, [...(out.get(r.questionId) ?? []), r.level!]);
  return out;
}

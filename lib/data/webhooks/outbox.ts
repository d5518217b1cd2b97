/**
 * The webhook outbox: events are written by the transaction that makes the change (submit, step status,
 * workshop end…), so a change and its event commit or roll back together. One INSERT writes the event
 * row and one delivery per enabled endpoint subscribed to its type; nothing is written (and nothing is
 * computed) when no endpoint of the organization listens. The delivery worker (./delivery.ts) sends them.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { isoDay, isoDayOrNull } from "@/lib/dates";
import type { TTx } from "@/lib/db";
import { env, publicUrl } from "@/lib/env";
import { assessmentPath, journeysPath, planPath } from "@/lib/paths";
import type { TWebhookEventType } from "@/lib/webhooks/events";
import { getModelDefinition } from "../models";

/** The event types enabled endpoints of the organization subscribe to (one indexed query). */
export async function subscribedEventTypes(tx: TTx, orgId: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<Array<{ type: string }>>`
    SELECT DISTINCT unnest(events) AS type FROM webhook_endpoints WHERE organization_id = ${orgId} AND enabled`;
  return new Set(rows.map((r) => r.type));
}

/** Writes one event and its deliveries (in `tx`); returns the event id, or null when nobody subscribes. */
export async function emitWebhookEvent(
  tx: TTx,
  orgId: string,
  type: TWebhookEventType,
  data: Record<string, unknown>,
): Promise<string | null> {
  const id = randomUUID();
  const rows = await tx.$queryRaw<Array<{ event_id: string }>>`
    WITH targets AS (
      SELECT id FROM webhook_endpoints
      WHERE organization_id = ${orgId} AND enabled AND ${type} = ANY(events)
    ), ev AS (
      INSERT INTO webhook_events (id, organization_id, type, payload, created_at)
      SELECT ${id}, ${orgId}, ${type}, ${JSON.stringify(data)}::jsonb, clock_timestamp()
      WHERE EXISTS (SELECT 1 FROM targets)
      RETURNING id
    )
    INSERT INTO webhook_deliveries (id, organization_id, endpoint_id, event_id, next_attempt_at, created_at)
    SELECT gen_random_uuid()::text, ${orgId}, t.id, ev.id, clock_timestamp(), clock_timestamp()
    FROM ev CROSS JOIN targets t
    RETURNING event_id`;
  return rows[0]?.event_id ?? null;
}

const link = (path: string) => {
  try {
    return publicUrl(path);
  } catch {
    return null;
  }
};

async function orgSlug(tx: TTx, orgId: string) {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { slug: true } });
  return org.slug;
}

/**
 * After an assessment turned SUBMITTED (in the same transaction): `assessment.submitted`, one
 * `assessment.level_changed` per aspect whose level differs from the team's previous submitted
 * assessment of the same model, and `journey.target_reached` per target of the team's active journeys
 * of that model that this assessment reaches and the previous one did not.
 */
export async function emitAssessmentSubmitted(
  tx: TTx,
  orgId: string,
  assessmentId: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const types = await subscribedEventTypes(tx, orgId);
  const wanted = ["assessment.submitted", "assessment.level_changed", "journey.target_reached"];
  if (!wanted.some((t) => types.has(t))) return;
  const a = await tx.assessment.findFirstOrThrow({
    where: { id: assessmentId, organizationId: orgId },
    select: {
      id: true,
      title: true,
      mode: true,
      submittedAt: true,
      teamId: true,
      modelId: true,
      team: { select: { id: true, name: true } },
      model: { select: { key: true, version: true, title: true } },
      aspectScores: { select: { aspectId: true, level: true, score: true } },
    },
  });
  const slug = await orgSlug(tx, orgId);
  const definition = await getModelDefinition(a.modelId, tx);
  const aspectTitle = (id: string) => definition.aspects.find((x) => x.id === id)?.name ?? id;
  const levels = new Map(a.aspectScores.map((s) => [s.aspectId, s.level]));
  const assessment = {
    id: a.id,
    title: a.title,
    mode: a.mode,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    url: link(assessmentPath(slug, a.id, "results")),
  };
  const team = { id: a.team.id, name: a.team.name };
  const model = { key: a.model.key, version: a.model.version, title: a.model.title };
  if (types.has("assessment.submitted"))
    await emitWebhookEvent(tx, orgId, "assessment.submitted", {
      assessment,
      team,
      model,
      aspects: a.aspectScores.map((s) => ({
        id: s.aspectId,
        title: aspectTitle(s.aspectId),
        level: s.level,
        score: s.score === null ? null : Number(s.score),
      })),
      ...extra,
    });
  const previous = await tx.assessment.findFirst({
    where: {
      organizationId: orgId,
      teamId: a.teamId,
      status: "SUBMITTED",
      id: { not: a.id },
      model: { key: a.model.key },
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { id: true, aspectScores: { select: { aspectId: true, level: true } } },
  });
  const before = new Map(previous?.aspectScores.map((s) => [s.aspectId, s.level]) ?? []);
  if (previous && types.has("assessment.level_changed"))
    for (const [aspectId, to] of levels) {
      const from = before.get(aspectId) ?? null;
      if (from === to) continue;
      await emitWebhookEvent(tx, orgId, "assessment.level_changed", {
        assessment,
        previousAssessmentId: previous.id,
        team,
        model,
        aspect: { id: aspectId, title: aspectTitle(aspectId) },
        from,
        to,
      });
    }
  if (!types.has("journey.target_reached")) return;
  const journeys = await tx.journey.findMany({
    where: { organizationId: orgId, teamId: a.teamId, status: "ACTIVE", model: { key: a.model.key } },
    select: { id: true, title: true, targets: { select: { aspectId: true, level: true } } },
  });
  for (const j of journeys) {
    const reached = (m: Map<string, number | null>, aspectId: string, target: number) =>
      (m.get(aspectId) ?? 0) >= target;
    const all = j.targets.every((t) => reached(levels, t.aspectId, t.level));
    for (const t of j.targets) {
      if (!reached(levels, t.aspectId, t.level) || reached(before, t.aspectId, t.level)) continue;
      await emitWebhookEvent(tx, orgId, "journey.target_reached", {
        journey: { id: j.id, title: j.title, url: link(journeysPath(slug, a.teamId, j.id)) },
        team,
        model,
        assessment,
        aspect: { id: t.aspectId, title: aspectTitle(t.aspectId) },
        target: t.level,
        level: levels.get(t.aspectId) ?? null,
        allTargetsReached: all,
      });
    }
  }
}

/** A workshop ended (its assessment is submitted in the same transaction: call emitAssessmentSubmitted too). */
export async function emitWorkshopEnded(
  tx: TTx,
  orgId: string,
  input: { workshopId: string; assessmentId: string; recorded: number },
): Promise<void> {
  if (!(await subscribedEventTypes(tx, orgId)).has("workshop.ended")) return;
  const a = await tx.assessment.findFirstOrThrow({
    where: { id: input.assessmentId, organizationId: orgId },
    select: {
      id: true,
      title: true,
      team: { select: { id: true, name: true } },
      model: { select: { key: true } },
    },
  });
  const slug = await orgSlug(tx, orgId);
  await emitWebhookEvent(tx, orgId, "workshop.ended", {
    workshop: { id: input.workshopId },
    assessment: { id: a.id, title: a.title, url: link(assessmentPath(slug, a.id, "results")) },
    team: a.team,
    model: { key: a.model.key },
    recorded: input.recorded,
  });
}

const stepEventSelect = {
  id: true,
  title: true,
  status: true,
  dueOn: true,
  aspectId: true,
  level: true,
  ownerId: true,
  journey: { select: { id: true, title: true, teamId: true, team: { select: { id: true, name: true } } } },
  owner: { select: { name: true, email: true } },
} as const;

async function stepData(tx: TTx, orgId: string, stepId: string) {
  const s = await tx.planStep.findFirstOrThrow({
    where: { id: stepId, organizationId: orgId },
    select: stepEventSelect,
  });
  const slug = await orgSlug(tx, orgId);
  const plan = s.journey.teamId
    ? link(planPath(slug, s.journey.teamId, s.journey.id, `steps/${s.id}`))
    : null;
  return {
    step: {
      id: s.id,
      title: s.title,
      status: s.status,
      dueOn: isoDayOrNull(s.dueOn),
      aspectId: s.aspectId,
      level: s.level,
      owner: s.owner ? { name: s.owner.name, email: s.owner.email } : null,
      url: plan,
    },
    journey: { id: s.journey.id, title: s.journey.title },
    team: s.journey.team ? { id: s.journey.team.id, name: s.journey.team.name } : null,
  };
}

/** A plan step's status changed (call in the transaction that changed it, only when it did). */
export async function emitStepStatusChanged(
  tx: TTx,
  orgId: string,
  stepId: string,
  from: string,
  to: string,
): Promise<void> {
  if (from === to || !(await subscribedEventTypes(tx, orgId)).has("plan.step.status_changed")) return;
  await emitWebhookEvent(tx, orgId, "plan.step.status_changed", {
    ...(await stepData(tx, orgId, stepId)),
    from,
    to,
  });
}

/**
 * The scheduled overdue scan: steps still TODO/DOING whose due date is before `today` (YYYY-MM-DD, UTC)
 * and not yet reported for that due date get one `plan.step.overdue` each, in the same transaction that
 * marks them reported (so a step is reported once per due date; moving the due date re-arms it). Rows
 * locked by another scan are skipped. Returns how many steps were reported.
 */
export async function scanOverdueSteps(tx: TTx, today: string = isoDay(), limit = 500): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ id: string; organization_id: string }>>`
    UPDATE plan_steps SET overdue_notified_on = due_on
    WHERE id IN (
      SELECT id FROM plan_steps
      WHERE due_on < ${today}::date AND status IN ('TODO', 'DOING')
        AND overdue_notified_on IS DISTINCT FROM due_on
      ORDER BY due_on LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, organization_id`;
  const subscribed = new Map<string, boolean>();
  for (const r of rows) {
    if (!subscribed.has(r.organization_id))
      subscribed.set(
        r.organization_id,
        (await subscribedEventTypes(tx, r.organization_id)).has("plan.step.overdue"),
      );
    if (subscribed.get(r.organization_id))
      await emitWebhookEvent(
        tx,
        r.organization_id,
        "plan.step.overdue",
        await stepData(tx, r.organization_id, r.id),
      );
  }
  return rows.length;
}

/** WEBHOOKS_ALLOW_INSECURE_URLS (development and tests): http:// and loopback endpoints allowed. */
export const allowInsecureWebhookUrls = () => env().WEBHOOKS_ALLOW_INSECURE_URLS;

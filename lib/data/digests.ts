/**
 * Digests (docs/reports.md): each member's opt-in setting, the digest's data for one organization and
 * period, the once-per-period run across app instances, and one-click unsubscribe. Content rules are
 * pure (lib/digests/); this module reads rows and sends.
 *
 * Once per period: a worker takes the (organization, period) row of digest_runs as a lease (INSERT … ON
 * CONFLICT DO UPDATE … WHERE the lease has run out), so two instances never work on one organization
 * and period at once; and each member's digest_deliveries row is inserted before the mail goes out, so
 * a member gets at most one digest per period even if a lease runs out mid-run. A member who opts in
 * later gets the last completed period's digest at the next run.
 */
import "server-only";
import { mailLocale } from "@/i18n/locales";
import { mailTranslator } from "@/i18n/translator";
import { randomUUID } from "node:crypto";
import type { OrgContext } from "@/lib/authz/context";
import { DEFAULT_STALE_DAYS } from "@/lib/dashboard/filters";
import { isoDay } from "@/lib/dates";
import { buildDigest, type TDigest, type TTeamLevels } from "@/lib/digests/content";
import { digestMail } from "@/lib/digests/mail";
import {
  lastCompletedPeriod,
  type TDigestFrequency,
  type TDigestPeriod,
  type TSendingFrequency,
} from "@/lib/digests/period";
import {
  signUnsubscribeToken,
  unsubscribeTokenMember,
  verifyUnsubscribeToken,
} from "@/lib/digests/unsubscribe";
import { db } from "@/lib/db";
import { env, publicUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { sendMail, type TMailHeaders } from "@/lib/mail/send";
import type { TMailContent } from "@/lib/mail/templates";
import { getModelDefinition } from "./models";

export const DIGEST_LEASE_MS = 15 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------
// The member's setting

export async function getDigestFrequency(ctx: OrgContext): Promise<TDigestFrequency> {
  const row = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: ctx.orgId, userId: ctx.userId } },
    select: { digestFrequency: true },
  });
  return row?.digestFrequency ?? "OFF";
}

/** Sets the caller's own digest frequency in this organization (every member may opt in). */
export async function setDigestFrequency(ctx: OrgContext, frequency: TDigestFrequency): Promise<void> {
  await db.membership.update({
    where: { organizationId_userId: { organizationId: ctx.orgId, userId: ctx.userId } },
    data: { digestFrequency: frequency },
  });
}

// ---------------------------------------------------------------------------------------------------
// The digest's data

type TLatestRow = { id: string; team_id: string; model_id: string; submitted_at: Date };

async function latestBefore(orgId: string, cut: Date): Promise<TLatestRow[]> {
  return db.$queryRaw<TLatestRow[]>`
    SELECT DISTINCT ON (a.team_id, a.model_id) a.id, a.team_id, a.model_id, a.submitted_at
    FROM assessments a
    WHERE a.organization_id = ${orgId} AND a.status = 'SUBMITTED' AND a.submitted_at < ${cut}
    ORDER BY a.team_id, a.model_id, a.submitted_at DESC, a.id DESC`;
}

async function withLevels(rows: TLatestRow[]): Promise<TTeamLevels[]> {
  const scores = await db.aspectScore.findMany({
    where: { assessmentId: { in: rows.map((r) => r.id) } },
    select: { assessmentId: true, aspectId: true, level: true },
  });
  const levels = new Map<string, Record<string, number | null>>();
  for (const s of scores) {
    const of = levels.get(s.assessmentId) ?? {};
    of[s.aspectId] = s.level;
    levels.set(s.assessmentId, of);
  }
  return rows.map((r) => ({
    teamId: r.team_id,
    modelId: r.model_id,
    assessmentId: r.id,
    levels: levels.get(r.id) ?? {},
  }));
}

function latestPerTeam(rows: TLatestRow[]): Map<string, Date> {
  const out = new Map<string, Date>();
  for (const r of rows) {
    const seen = out.get(r.team_id);
    if (!seen || seen < r.submitted_at) out.set(r.team_id, r.submitted_at);
  }
  return out;
}

/** The digest of one organization for one period, as of `now` (overdue steps and campaigns: today). */
export async function loadDigest(
  org: Readonly<{ id: string; name: string }>,
  period: TDigestPeriod,
  now = new Date(),
): Promise<TDigest> {
  const today = isoDay(now);
  const [teams, before, after, steps, campaigns] = await Promise.all([
    db.team.findMany({ where: { organizationId: org.id }, select: { id: true, name: true } }),
    latestBefore(org.id, period.start),
    latestBefore(org.id, period.end),
    db.planStep.findMany({
      where: {
        organizationId: org.id,
        status: { in: ["TODO", "DOING"] },
        dueOn: { lt: new Date(`${today}T00:00:00Z`) },
        journey: { teamId: { not: null } },
      },
      orderBy: { dueOn: "asc" },
      take: 500,
      select: {
        id: true,
        title: true,
        dueOn: true,
        status: true,
        journeyId: true,
        journey: { select: { teamId: true } },
      },
    }),
    db.campaign.findMany({
      where: { organizationId: org.id, opensOn: { lt: period.end } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        title: true,
        status: true,
        opensOn: true,
        dueOn: true,
        closedAt: true,
        teams: { select: { assessment: { select: { status: true, submittedAt: true } } } },
      },
    }),
  ]);
  const modelIds = [...new Set(after.map((r) => r.model_id))];
  const models = await Promise.all(modelIds.map((id) => getModelDefinition(id)));
  return buildDigest({
    orgName: org.name,
    period,
    now,
    staleDays: DEFAULT_STALE_DAYS,
    teams,
    aspects: new Map(
      modelIds.map((id, i) => [id, models[i]!.aspects.map((a) => ({ id: a.id, name: a.name }))]),
    ),
    before: await withLevels(before),
    after: await withLevels(after),
    latestBefore: latestPerTeam(before),
    latestAfter: latestPerTeam(after),
    steps: steps.map((s) => ({
      id: s.id,
      title: s.title,
      teamId: s.journey.teamId!,
      journeyId: s.journeyId,
      dueOn: s.dueOn ? isoDay(s.dueOn) : null,
      status: s.status,
    })),
    campaigns: campaigns.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      opensOn: isoDay(c.opensOn),
      dueOn: isoDay(c.dueOn),
      closedAt: c.closedAt,
      teams: c.teams.map((t) => ({
        submittedAt: t.assessment.status === "SUBMITTED" ? t.assessment.submittedAt : null,
      })),
    })),
  });
}

/** The caller's current digest (their frequency, monthly when off): what the digest page shows. */
export async function getMyDigest(ctx: OrgContext, now = new Date()) {
  const frequency = await getDigestFrequency(ctx);
  const period = lastCompletedPeriod(frequency === "OFF" ? "MONTHLY" : frequency, now);
  return { frequency, digest: await loadDigest({ id: ctx.orgId, name: ctx.orgName }, period, now) };
}

// ---------------------------------------------------------------------------------------------------
// Unsubscribe

const secret = () => env().NEXTAUTH_SECRET ?? "";

export const unsubscribeToken = (membershipId: string, orgId: string) =>
  signUnsubscribeToken(secret(), membershipId, orgId);

/**
 * Turns the digest off for the membership a valid token names; the organization's name, or null for a
 * malformed, tampered or unknown token (nothing changes then). Repeating it changes nothing.
 */
export async function unsubscribeDigest(token: string): Promise<{ orgName: string } | null> {
  const membershipId = unsubscribeTokenMember(token);
  if (!membershipId) return null;
  const member = await db.membership.findUnique({
    where: { id: membershipId },
    select: { id: true, organizationId: true, organization: { select: { name: true } } },
  });
  if (!member || !verifyUnsubscribeToken(secret(), token, member.id, member.organizationId)) return null;
  await db.membership.update({ where: { id: member.id }, data: { digestFrequency: "OFF" } });
  return { orgName: member.organization.name };
}

// ---------------------------------------------------------------------------------------------------
// The run

export type TDigestSender = (to: string, content: TMailContent, headers: TMailHeaders) => Promise<boolean>;

export type TDigestRunResult = Readonly<{
  skipped?: "no-mailer";
  /** (organization, period) pairs this worker held the lease of. */
  runs: number;
  /** Pairs another worker held. */
  busy: number;
  sent: number;
  failed: number;
}>;

/** Takes the lease of (org, period) for `worker`: true when this worker may send now. */
export async function claimDigestRun(
  orgId: string,
  period: string,
  worker: string,
  leaseMs = DIGEST_LEASE_MS,
) {
  const until = new Date(Date.now() + leaseMs);
  const rows = await db.$queryRaw<Array<{ period: string }>>`
    INSERT INTO digest_runs (organization_id, period, lease_owner, lease_until)
    VALUES (${orgId}, ${period}, ${worker}, ${until})
    ON CONFLICT (organization_id, period) DO UPDATE
      SET lease_owner = EXCLUDED.lease_owner, lease_until = EXCLUDED.lease_until
      WHERE digest_runs.lease_until < now()
    RETURNING period`;
  return rows.length === 1;
}

async function releaseDigestRun(orgId: string, period: string, worker: string) {
  await db.$executeRaw`
    UPDATE digest_runs SET lease_until = now(), completed_at = now()
    WHERE organization_id = ${orgId} AND period = ${period} AND lease_owner = ${worker}`;
}

/**
 * Sends every opted-in member the digest of their frequency's last completed period, unless they had
 * it already. Safe to run from every app instance and the CronJob at once (see the module comment).
 * Without a mail server (SMTP_URL unset) it sends nothing and keeps nothing: the digest page shows it.
 */
export async function runDigests(
  opts: Readonly<{ now?: Date; worker?: string; send?: TDigestSender; leaseMs?: number }> = {},
): Promise<TDigestRunResult> {
  const now = opts.now ?? new Date();
  const worker = opts.worker ?? randomUUID();
  if (!opts.send && !env().SMTP_URL) return { skipped: "no-mailer", runs: 0, busy: 0, sent: 0, failed: 0 };
  const send: TDigestSender = opts.send ?? ((to, content, headers) => sendMail(to, content, headers));
  const members = await db.membership.findMany({
    where: { digestFrequency: { not: "OFF" } },
    select: {
      id: true,
      organizationId: true,
      digestFrequency: true,
      user: { select: { email: true, name: true, locale: true } },
      organization: { select: { name: true, slug: true } },
    },
  });
  const groups = new Map<string, typeof members>();
  for (const m of members) {
    const key = `${m.organizationId}\n${m.digestFrequency}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  let runs = 0;
  let busy = 0;
  let sent = 0;
  let failed = 0;
  for (const group of groups.values()) {
    const first = group[0]!;
    const org = { id: first.organizationId, ...first.organization };
    const period = lastCompletedPeriod(first.digestFrequency as TSendingFrequency, now);
    if (!(await claimDigestRun(org.id, period.key, worker, opts.leaseMs))) {
      busy += 1;
      continue;
    }
    runs += 1;
    try {
      const done = await db.digestDelivery.findMany({
        where: { period: period.key, membershipId: { in: group.map((m) => m.id) } },
        select: { membershipId: true },
      });
      const had = new Set(done.map((d) => d.membershipId));
      const due = group.filter((m) => !had.has(m.id));
      if (due.length === 0) continue;
      const digest = await loadDigest(org, period, now);
      for (const member of due) {
        const claimed = await db.$executeRaw`
          INSERT INTO digest_deliveries (membership_id, period, organization_id, status)
          VALUES (${member.id}, ${period.key}, ${org.id}, 'SENT')
          ON CONFLICT DO NOTHING`;
        if (claimed !== 1) continue;
        const token = unsubscribeToken(member.id, org.id);
        const locale = mailLocale(member.user.locale);
        const content = digestMail(
          await mailTranslator(locale),
          await mailTranslator(locale, "digest"),
          digest,
          { base: publicUrl(), orgSlug: org.slug, unsubscribeUrl: publicUrl(`/digest/unsubscribe/${token}`) },
          member.user.name,
        );
        const ok = await send(member.user.email, content, {
          "List-Unsubscribe": `<${publicUrl(`/api/digest/unsubscribe/${token}`)}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        });
        if (ok) sent += 1;
        else {
          failed += 1;
          await db.digestDelivery.update({
            where: { membershipId_period: { membershipId: member.id, period: period.key } },
            data: { status: "FAILED" },
          });
        }
      }
    } finally {
      await releaseDigestRun(org.id, period.key, worker);
    }
  }
  if (sent + failed > 0) logger.info({ sent, failed, runs }, "digests sent");
  return { runs, busy, sent, failed };
}

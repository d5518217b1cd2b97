/**
 * What a digest says (pure): teams that moved up or down (per aspect level changes between the state
 * at the period's start and at its end), teams that went stale during the period, overdue plan steps and
 * campaign progress. The data layer (lib/data/digests.ts) reads the rows; everything decided is here.
 */
import { isoDay } from "@/lib/dates";
import { direction, teamMove } from "@/lib/dashboard/movement";
import { staleness } from "@/lib/dashboard/staleness";
import type { TDigestPeriod } from "./period";

/** A team's latest submitted levels of one model as of some instant. */
export type TTeamLevels = Readonly<{
  teamId: string;
  modelId: string;
  assessmentId: string;
  levels: Readonly<Record<string, number | null>>;
}>;

export type TDigestInput = Readonly<{
  orgName: string;
  period: TDigestPeriod;
  now: Date;
  staleDays: number;
  teams: ReadonlyArray<Readonly<{ id: string; name: string }>>;
  /** Aspect names per model id, in the model's order. */
  aspects: ReadonlyMap<string, ReadonlyArray<Readonly<{ id: string; name: string }>>>;
  /** Latest submitted assessment per team and model before the period started, and before it ended. */
  before: readonly TTeamLevels[];
  after: readonly TTeamLevels[];
  /** Latest submission of each team (any model) before the period started, and before it ended. */
  latestBefore: ReadonlyMap<string, Date>;
  latestAfter: ReadonlyMap<string, Date>;
  steps: ReadonlyArray<
    Readonly<{
      id: string;
      title: string;
      teamId: string;
      journeyId: string;
      dueOn: string | null;
      status: "TODO" | "DOING" | "DONE" | "DROPPED";
    }>
  >;
  campaigns: ReadonlyArray<
    Readonly<{
      id: string;
      title: string;
      status: "OPEN" | "CLOSED";
      opensOn: string;
      dueOn: string;
      closedAt: Date | null;
      teams: ReadonlyArray<Readonly<{ submittedAt: Date | null }>>;
    }>
  >;
}>;

export type TLevelChange = Readonly<{ aspectId: string; aspectName: string; from: number; to: number }>;
export type TTeamMove = Readonly<{
  teamId: string;
  teamName: string;
  assessmentId: string;
  changes: readonly TLevelChange[];
}>;
export type TOverdueStep = Readonly<{
  id: string;
  title: string;
  teamId: string;
  teamName: string;
  journeyId: string;
  dueOn: string;
}>;
export type TCampaignProgress = Readonly<{
  id: string;
  title: string;
  closed: boolean;
  dueOn: string;
  submitted: number;
  total: number;
  overdue: number;
}>;

export type TDigest = Readonly<{
  orgName: string;
  period: TDigestPeriod;
  movedUp: readonly TTeamMove[];
  movedDown: readonly TTeamMove[];
  /** Some aspects up, some down. */
  mixed: readonly TTeamMove[];
  goneStale: ReadonlyArray<Readonly<{ teamId: string; teamName: string; lastSubmitted: string }>>;
  /** Teams stale at the period's end (whether or not they went stale during it). */
  staleTeams: number;
  overdueSteps: readonly TOverdueStep[];
  /** Overdue steps beyond the ones listed. */
  moreOverdueSteps: number;
  campaigns: readonly TCampaignProgress[];
}>;

export const DIGEST_LIST_LIMIT = 20;

/** Per team (and model), the aspects whose level differs between `before` and `after`. */
export function levelMoves(
  before: readonly TTeamLevels[],
  after: readonly TTeamLevels[],
  aspects: TDigestInput["aspects"],
  teamName: (teamId: string) => string,
): { up: TTeamMove[]; down: TTeamMove[]; mixed: TTeamMove[] } {
  const earlier = new Map(before.map((b) => [`${b.teamId}:${b.modelId}`, b]));
  const out = { up: [] as TTeamMove[], down: [] as TTeamMove[], mixed: [] as TTeamMove[] };
  for (const now of after) {
    const then = earlier.get(`${now.teamId}:${now.modelId}`);
    if (!then || then.assessmentId === now.assessmentId) continue;
    const changes: TLevelChange[] = [];
    const dirs: Array<ReturnType<typeof direction>> = [];
    for (const aspect of aspects.get(now.modelId) ?? []) {
      const d = direction(then.levels[aspect.id], now.levels[aspect.id]);
      dirs.push(d);
      if (d === "up" || d === "down")
        changes.push({
          aspectId: aspect.id,
          aspectName: aspect.name,
          from: then.levels[aspect.id]!,
          to: now.levels[aspect.id]!,
        });
    }
    const move = teamMove(dirs);
    if (move !== "up" && move !== "down" && move !== "mixed") continue;
    out[move].push({
      teamId: now.teamId,
      teamName: teamName(now.teamId),
      assessmentId: now.assessmentId,
      changes,
    });
  }
  const byName = (a: TTeamMove, b: TTeamMove) => a.teamName.localeCompare(b.teamName);
  return { up: out.up.sort(byName), down: out.down.sort(byName), mixed: out.mixed.sort(byName) };
}

/** A plan step is overdue when it is still to do or in progress and its due day is before `today`. */
export function isOverdueStep(
  step: Readonly<{ dueOn: string | null; status: string }>,
  today: string,
): boolean {
  return step.dueOn !== null && step.dueOn < today && (step.status === "TODO" || step.status === "DOING");
}

/** Campaigns that were open at some time during the period (or are still open), with their progress. */
export function campaignProgress(
  campaigns: TDigestInput["campaigns"],
  period: TDigestPeriod,
  today: string,
): TCampaignProgress[] {
  return campaigns
    .filter((c) => c.opensOn < isoDay(period.end) && (c.closedAt === null || c.closedAt >= period.start))
    .map((c) => {
      const inRound = c.teams.filter(
        (t) => t.submittedAt !== null && (c.closedAt === null || t.submittedAt <= c.closedAt),
      ).length;
      const open = c.status === "OPEN";
      return {
        id: c.id,
        title: c.title,
        closed: !open,
        dueOn: c.dueOn,
        submitted: inRound,
        total: c.teams.length,
        overdue: open && c.dueOn < today ? c.teams.length - inRound : 0,
      };
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
}

export function buildDigest(input: TDigestInput): TDigest {
  const names = new Map(input.teams.map((t) => [t.id, t.name]));
  const teamName = (id: string) => names.get(id) ?? "a team";
  const moves = levelMoves(input.before, input.after, input.aspects, teamName);
  const { start, end } = input.period;
  const goneStale = input.teams
    .filter((t) => {
      const atEnd = staleness(input.latestAfter.get(t.id) ?? null, end, input.staleDays);
      const atStart = staleness(input.latestBefore.get(t.id) ?? null, start, input.staleDays);
      return atEnd === "stale" && atStart === "fresh";
    })
    .map((t) => ({ teamId: t.id, teamName: t.name, lastSubmitted: isoDay(input.latestAfter.get(t.id)!) }))
    .sort((a, b) => a.teamName.localeCompare(b.teamName));
  const staleTeams = input.teams.filter(
    (t) => staleness(input.latestAfter.get(t.id) ?? null, end, input.staleDays) === "stale",
  ).length;
  const today = isoDay(input.now);
  const overdue = input.steps
    .filter((s) => isOverdueStep(s, today))
    .map((s) => ({
      id: s.id,
      title: s.title,
      teamId: s.teamId,
      teamName: teamName(s.teamId),
      journeyId: s.journeyId,
      dueOn: s.dueOn!,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.teamName.localeCompare(b.teamName));
  return {
    orgName: input.orgName,
    period: input.period,
    movedUp: moves.up,
    movedDown: moves.down,
    mixed: moves.mixed,
    goneStale,
    staleTeams,
    overdueSteps: overdue.slice(0, DIGEST_LIST_LIMIT),
    moreOverdueSteps: Math.max(0, overdue.length - DIGEST_LIST_LIMIT),
    campaigns: campaignProgress(input.campaigns, input.period, today),
  };
}

/** Whether the digest has nothing to report (it is still sent: "nothing moved" is news too). */
export function isQuietDigest(d: TDigest): boolean {
  return (
    d.movedUp.length + d.movedDown.length + d.mixed.length + d.goneStale.length + d.overdueSteps.length ===
      0 && d.campaigns.length === 0
  );
}

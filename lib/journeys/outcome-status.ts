/**
 * Outcome goals: where a value is against the straight line from baseline to target, when it will
 * reach the target at the current pace, and whether that is on track. Pure; the rule is documented in
 * docs/journeys.md ("Outcome status") and unit-tested in tests/unit/journeys/outcome-status.test.ts.
 */
import { isoDay } from "@/lib/dates";

export type TOutcomeStatus = "on_track" | "at_risk" | "off_track";

export type TOutcomePlan = Readonly<{
  baseline: number;
  /** ISO date (YYYY-MM-DD). */
  baselineOn: string;
  target: number;
  /** ISO date (YYYY-MM-DD), after baselineOn. */
  deadline: string;
}>;

export type TCheckInPoint = Readonly<{ date: string; value: number }>;

export type TOutcomeAssessment = Readonly<{
  status: TOutcomeStatus;
  /** The latest check-in's value (the baseline when there is none). */
  current: number;
  currentOn: string;
  /** Share of the way from baseline to target (0 = baseline, 1 = target), not clamped. */
  progress: number;
  /** Share of the way the straight line expects by currentOn (0..1). */
  expected: number;
  reached: boolean;
  /** Units per day, from the least-squares line through the baseline and the check-ins; null without check-ins. */
  pacePerDay: number | null;
  /** When the target is reached at the current pace; null if reached already or the pace does not lead there. */
  forecastOn: string | null;
  /** Why the status is what it is, one sentence. */
  reason: string;
}>;

/** How far past the deadline a forecast may land and still count as "at risk" (share of the plan's span). */
export const AT_RISK_GRACE = 0.25;

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (day: number) => isoDay(new Date(day * DAY));

/** The value the straight line from baseline to target expects on a date (flat outside the plan's span). */
export function plannedValue(plan: TOutcomePlan, date: string): number {
  const span = toDay(plan.deadline) - toDay(plan.baselineOn);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (toDay(date) - toDay(plan.baselineOn)) / span));
  return plan.baseline + share * (plan.target - plan.baseline);
}

/** Slope (units per day) of the least-squares line through the points; null for fewer than two distinct days. */
export function paceOf(points: readonly TCheckInPoint[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => toDay(p.date));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    num += (xs[i]! - meanX) * (p.value - meanY);
    den += (xs[i]! - meanX) ** 2;
  });
  return den === 0 ? null : num / den;
}

/**
 * The rule:
 * 1. Target reached (latest check-in at or beyond the target, in the target's direction) → on track.
 * 2. Deadline passed (today after it) and target not reached → off track.
 * 3. No check-in yet → on track while the straight line still expects less than 10% progress, else at risk.
 * 4. Pace = slope of the least-squares line through the baseline point and every check-in. If the pace does
 *    not move towards the target → off track. Otherwise forecast = latest check-in date + remaining / pace.
 * 5. Forecast on or before the deadline → on track; within AT_RISK_GRACE (25%) of the plan's span after the
 *    deadline → at risk; later → off track.
 * Check-ins after `today` are ignored; so are ones before the baseline date.
 */
export function assessOutcome(
  plan: TOutcomePlan,
  checkIns: readonly TCheckInPoint[],
  today: string,
): TOutcomeAssessment {
  const start = toDay(plan.baselineOn);
  const end = toDay(plan.deadline);
  const now = toDay(today);
  const span = Math.max(1, end - start);
  const direction = Math.sign(plan.target - plan.baseline) || 1;
  const points = checkIns
    .filter((c) => toDay(c.date) >= start && toDay(c.date) <= now && Number.isFinite(c.value))
    .sort((a, b) => toDay(a.date) - toDay(b.date));
  const latest = points.at(-1) ?? { date: plan.baselineOn, value: plan.baseline };
  const progress =
    plan.target === plan.baseline ? 1 : (latest.value - plan.baseline) / (plan.target - plan.baseline);
  const expected = Math.min(1, Math.max(0, (toDay(latest.date) - start) / span));
  const reached = progress >= 1;
  const pace =
    points.length === 0 ? null : paceOf([{ date: plan.baselineOn, value: plan.baseline }, ...points]);
  const base = {
    current: latest.value,
    currentOn: latest.date,
    progress,
    expected,
    reached,
    pacePerDay: pace,
  };

  if (reached) return { ...base, status: "on_track", forecastOn: null, reason: "The target is reached." };
  if (now > end)
    return {
      ...base,
      status: "off_track",
      forecastOn: null,
      reason: "The deadline has passed and the target is not reached.",
    };
  if (points.length === 0) {
    const due = (now - start) / span;
    return due < 0.1
      ? {
          ...base,
          status: "on_track",
          forecastOn: null,
          reason: "No check-in yet; the plan has only just started.",
        }
      : {
          ...base,
          status: "at_risk",
          forecastOn: null,
          reason: "No check-in yet, so there is no pace to forecast from.",
        };
  }
  if (pace === null || pace * direction <= 0)
    return {
      ...base,
      status: "off_track",
      forecastOn: null,
      reason: "At the current pace the value does not move towards the target.",
    };
  const forecastDay = toDay(latest.date) + Math.ceil((plan.target - latest.value) / pace);
  const forecastOn = fromDay(forecastDay);
  if (forecastDay <= end)
    return {
      ...base,
      status: "on_track",
      forecastOn,
      reason: "At the current pace the target is reached by the deadline.",
    };
  if (forecastDay <= end + AT_RISK_GRACE * span)
    return {
      ...base,
      status: "at_risk",
      forecastOn,
      reason: "At the current pace the target is reached a little after the deadline.",
    };
  return {
    ...base,
    status: "off_track",
    forecastOn,
    reason: "At the current pace the target is reached well after the deadline.",
  };
}

export const OUTCOME_STATUS_LABEL: Record<TOutcomeStatus, string> = {
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
};

export type TRequirementStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE";

/**
 * Whether a requirement counts as done: its own status, or for a per-team requirement, every team in
 * `teamIds` has it DONE (no team listed = not done).
 */
export function requirementDone(
  requirement: Readonly<{ status: TRequirementStatus; perTeam: boolean }>,
  teamStatuses: ReadonlyMap<string, TRequirementStatus>,
  teamIds: readonly string[],
): boolean {
  if (!requirement.perTeam) return requirement.status === "DONE";
  return teamIds.length > 0 && teamIds.every((id) => teamStatuses.get(id) === "DONE");
}

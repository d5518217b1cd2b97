/**
 * Assessment campaigns, the pure rules (docs/campaigns.md): which teams a campaign takes, each team's
 * state in the round, the due and overdue rule, when a reminder is due, and the roll-up the campaign
 * page shows. Dates are UTC calendar days as "YYYY-MM-DD" strings, compared as strings.
 */
import { lowerMedianOf } from "@/lib/dashboard/median";

export const CAMPAIGN_SELECTIONS = ["ALL", "GROUP", "PICKED"] as const;
export type TCampaignSelection = (typeof CAMPAIGN_SELECTIONS)[number];
export const CAMPAIGN_MODES = ["LEAD_ANSWERS", "RESPONDENTS"] as const;
export type TCampaignMode = (typeof CAMPAIGN_MODES)[number];

export type TTeamRef = Readonly<{ id: string; group: string }>;
export type TTeamSelection = Readonly<
  | { selection: "ALL" }
  | { selection: "GROUP"; group: string }
  | { selection: "PICKED"; teamIds: readonly string[] }
>;
export type TSelectResult =
  { ok: true; teamIds: string[] } | { ok: false; field: "selection" | "group" | "teamIds"; message: string };

/** Group names compare trimmed, with single spaces (as lib/data/teams.ts stores them). */
export const normalizeGroup = (group: string) => group.trim().replace(/\s+/g, " ");

/**
 * The teams a campaign covers, in the order of `teams`: every team, the teams of one group, or the
 * picked ones, which must all be teams of the organization (`teams` is the organization's list).
 */
export function selectTeams(teams: readonly TTeamRef[], input: TTeamSelection): TSelectResult {
  if (input.selection === "ALL") {
    if (teams.length === 0)
      return { ok: false, field: "selection", message: "The organization has no teams yet." };
    return { ok: true, teamIds: teams.map((t) => t.id) };
  }
  if (input.selection === "GROUP") {
    const group = normalizeGroup(input.group);
    if (!group) return { ok: false, field: "group", message: "Choose a team group." };
    const ids = teams.filter((t) => normalizeGroup(t.group) === group).map((t) => t.id);
    if (ids.length === 0)
      return { ok: false, field: "group", message: `No team is in the group "${group}".` };
    return { ok: true, teamIds: ids };
  }
  const wanted = new Set(input.teamIds);
  if (wanted.size === 0) return { ok: false, field: "teamIds", message: "Pick at least one team." };
  const known = new Set(teams.map((t) => t.id));
  if ([...wanted].some((id) => !known.has(id)))
    return { ok: false, field: "teamIds", message: "Some picked teams are not teams of this organization." };
  return { ok: true, teamIds: teams.filter((t) => wanted.has(t.id)).map((t) => t.id) };
}

export type TTeamState = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED";

export type TTeamProgressInput = Readonly<{
  status: "DRAFT" | "SUBMITTED";
  submittedAt: Date | null;
  /** Questions with an answer (collaborative drafts: with an answer or at least one response). */
  answered: number;
}>;

/** A team's state in the round: submitted, in progress (something answered) or not started. */
export function teamState(input: TTeamProgressInput): TTeamState {
  if (input.status === "SUBMITTED") return "SUBMITTED";
  return input.answered > 0 ? "IN_PROGRESS" : "NOT_STARTED";
}

/**
 * Whether a team's result belongs to the round: submitted, and (once the campaign is closed) before it
 * was closed. Closing freezes the round; a later submit still counts for the team, not for the round.
 */
export function inRound(input: TTeamProgressInput, closedAt: Date | null): boolean {
  if (input.status !== "SUBMITTED" || !input.submittedAt) return false;
  return closedAt === null || input.submittedAt.getTime() <= closedAt.getTime();
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);

/** Whole days from `today` to `dueOn` (0 on the due day, negative once past). */
export const daysUntil = (dueOn: string, today: string) => dayNumber(dueOn) - dayNumber(today);

/** Overdue: not submitted and the due day has passed (the due day itself is still on time). */
export const isOverdue = (dueOn: string, today: string, state: TTeamState) =>
  state !== "SUBMITTED" && daysUntil(dueOn, today) < 0;

export type TCampaignTiming = Readonly<{
  status: "OPEN" | "CLOSED";
  opensOn: string;
  dueOn: string;
  remindDaysBefore: number;
}>;

/**
 * Whether a team's leads get a reminder today: the campaign is open and has opened, the team has not
 * submitted, and the due date is at most `remindDaysBefore` days away ("DUE_SOON") or past ("OVERDUE").
 * The once-per-team-per-day limit is the database's (campaign_reminders' key).
 */
export function reminderReason(
  campaign: TCampaignTiming,
  today: string,
  state: TTeamState,
): "DUE_SOON" | "OVERDUE" | null {
  if (campaign.status !== "OPEN" || state === "SUBMITTED" || today < campaign.opensOn) return null;
  const days = daysUntil(campaign.dueOn, today);
  if (days < 0) return "OVERDUE";
  return days <= campaign.remindDaysBefore ? "DUE_SOON" : null;
}

/** The campaign as a whole: scheduled (before it opens), open, past due, or closed. */
export function campaignPhase(
  campaign: Pick<TCampaignTiming, "status" | "opensOn" | "dueOn">,
  today: string,
): "SCHEDULED" | "OPEN" | "PAST_DUE" | "CLOSED" {
  if (campaign.status === "CLOSED") return "CLOSED";
  if (today < campaign.opensOn) return "SCHEDULED";
  return today > campaign.dueOn ? "PAST_DUE" : "OPEN";
}

export type TRollUp = Readonly<{
  total: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  overdue: number;
}>;

/** Counts per state, plus how many teams are overdue (overdue teams are also not started or in progress). */
export function rollUp(rows: ReadonlyArray<Readonly<{ state: TTeamState; overdue: boolean }>>): TRollUp {
  return {
    total: rows.length,
    notStarted: rows.filter((r) => r.state === "NOT_STARTED").length,
    inProgress: rows.filter((r) => r.state === "IN_PROGRESS").length,
    submitted: rows.filter((r) => r.state === "SUBMITTED").length,
    overdue: rows.filter((r) => r.overdue).length,
  };
}

/**
 * One round's median level per aspect over its results (lower median, like the dashboards); aspects no
 * result has a level for are null.
 */
export function roundMedians(
  aspectIds: readonly string[],
  results: ReadonlyArray<Readonly<Record<string, number | null>>>,
): Record<string, number | null> {
  return Object.fromEntries(aspectIds.map((id) => [id, lowerMedianOf(results.map((r) => r[id]))]));
}

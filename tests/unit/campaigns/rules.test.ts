import { describe, expect, it } from "vitest";
import {
  campaignPhase,
  daysUntil,
  inRound,
  isOverdue,
  reminderReason,
  rollUp,
  roundMedians,
  selectTeams,
  teamState,
} from "@/lib/campaigns/rules";
import { ZCampaignInput } from "@/lib/campaigns/schemas";

const TEAMS = [
  { id: "a", group: "Commerce" },
  { id: "b", group: "Core  Platform " },
  { id: "c", group: "Commerce" },
  { id: "d", group: "" },
];

describe("selectTeams", () => {
  it("takes every team, a group (names compared normalised) or the picked ones, in the organization's order", () => {
    expect(selectTeams(TEAMS, { selection: "ALL" })).toEqual({ ok: true, teamIds: ["a", "b", "c", "d"] });
    expect(selectTeams(TEAMS, { selection: "GROUP", group: "Commerce" })).toEqual({
      ok: true,
      teamIds: ["a", "c"],
    });
    expect(selectTeams(TEAMS, { selection: "GROUP", group: " Core Platform" })).toEqual({
      ok: true,
      teamIds: ["b"],
    });
    expect(selectTeams(TEAMS, { selection: "PICKED", teamIds: ["d", "a", "a"] })).toEqual({
      ok: true,
      teamIds: ["a", "d"],
    });
  });

  it("refuses an empty choice and picked teams that are not the organization's", () => {
    expect(selectTeams([], { selection: "ALL" })).toMatchObject({ ok: false, field: "selection" });
    expect(selectTeams(TEAMS, { selection: "GROUP", group: "  " })).toMatchObject({
      ok: false,
      field: "group",
    });
    expect(selectTeams(TEAMS, { selection: "GROUP", group: "Nope" })).toMatchObject({
      ok: false,
      field: "group",
      message: 'No team is in the group "Nope".',
    });
    expect(selectTeams(TEAMS, { selection: "PICKED", teamIds: [] })).toMatchObject({
      ok: false,
      field: "teamIds",
    });
    expect(selectTeams(TEAMS, { selection: "PICKED", teamIds: ["a", "other-org-team"] })).toMatchObject({
      ok: false,
      field: "teamIds",
      message: "Some picked teams are not teams of this organization.",
    });
  });
});

describe("team state and the round", () => {
  const at = new Date("2026-11-20T10:00:00Z");
  it("is submitted, in progress once anything is answered, else not started", () => {
    expect(teamState({ status: "DRAFT", submittedAt: null, answered: 0 })).toBe("NOT_STARTED");
    expect(teamState({ status: "DRAFT", submittedAt: null, answered: 3 })).toBe("IN_PROGRESS");
    expect(teamState({ status: "SUBMITTED", submittedAt: at, answered: 12 })).toBe("SUBMITTED");
  });

  it("counts a result in the round while open, and once closed only if submitted before closing", () => {
    const submitted = { status: "SUBMITTED" as const, submittedAt: at, answered: 12 };
    expect(inRound(submitted, null)).toBe(true);
    expect(inRound(submitted, new Date("2026-11-21T00:00:00Z"))).toBe(true);
    expect(inRound(submitted, new Date("2026-11-19T00:00:00Z"))).toBe(false);
    expect(inRound({ status: "DRAFT", submittedAt: null, answered: 5 }, null)).toBe(false);
  });
});

describe("due, overdue and reminders", () => {
  const campaign = {
    status: "OPEN" as const,
    opensOn: "2026-11-01",
    dueOn: "2026-11-30",
    remindDaysBefore: 3,
  };

  it("counts days in UTC calendar days; the due day itself is on time", () => {
    expect(daysUntil("2026-11-30", "2026-11-27")).toBe(3);
    expect(daysUntil("2026-03-30", "2026-03-28")).toBe(2); // across a DST change elsewhere
    expect(isOverdue("2026-11-30", "2026-11-30", "IN_PROGRESS")).toBe(false);
    expect(isOverdue("2026-11-30", "2026-12-01", "NOT_STARTED")).toBe(true);
    expect(isOverdue("2026-11-30", "2026-12-01", "SUBMITTED")).toBe(false);
  });

  it("reminds teams not submitted from N days before the due date, and every day once overdue", () => {
    expect(reminderReason(campaign, "2026-11-26", "NOT_STARTED")).toBeNull();
    expect(reminderReason(campaign, "2026-11-27", "NOT_STARTED")).toBe("DUE_SOON");
    expect(reminderReason(campaign, "2026-11-30", "IN_PROGRESS")).toBe("DUE_SOON");
    expect(reminderReason(campaign, "2026-12-05", "IN_PROGRESS")).toBe("OVERDUE");
    expect(reminderReason(campaign, "2026-12-05", "SUBMITTED")).toBeNull();
    expect(reminderReason({ ...campaign, status: "CLOSED" }, "2026-12-05", "NOT_STARTED")).toBeNull();
    // Not before the campaign opens, even with a wide window.
    expect(reminderReason({ ...campaign, remindDaysBefore: 60 }, "2026-10-31", "NOT_STARTED")).toBeNull();
  });

  it("phases: scheduled, open, past due, closed", () => {
    expect(campaignPhase(campaign, "2026-10-31")).toBe("SCHEDULED");
    expect(campaignPhase(campaign, "2026-11-30")).toBe("OPEN");
    expect(campaignPhase(campaign, "2026-12-01")).toBe("PAST_DUE");
    expect(campaignPhase({ ...campaign, status: "CLOSED" }, "2026-11-10")).toBe("CLOSED");
  });
});

describe("roll-up and round medians", () => {
  it("counts states and overdue teams", () => {
    expect(
      rollUp([
        { state: "NOT_STARTED", overdue: true },
        { state: "IN_PROGRESS", overdue: false },
        { state: "IN_PROGRESS", overdue: true },
        { state: "SUBMITTED", overdue: false },
      ]),
    ).toEqual({ total: 4, notStarted: 1, inProgress: 2, submitted: 1, overdue: 2 });
    expect(rollUp([])).toEqual({ total: 0, notStarted: 0, inProgress: 0, submitted: 0, overdue: 0 });
  });

  it("takes the lower median level per aspect over the round's results", () => {
    expect(
      roundMedians(["investment", "adoption"], [{ investment: 1, adoption: null }, { investment: 3 }]),
    ).toEqual({ investment: 1, adoption: null });
  });
});

describe("campaign input", () => {
  const valid = {
    title: "Q1 round",
    modelId: "m1",
    selection: "PICKED",
    opensOn: "2026-12-01",
    dueOn: "2026-12-20",
  };

  it("reads picked teams from team.<id> form fields and defaults the mode and reminder window", () => {
    const parsed = ZCampaignInput.parse({ ...valid, "team.t1": "on", "team.t2": "on", orgSlug: "x" });
    expect(parsed).toMatchObject({ teamIds: ["t1", "t2"], mode: "LEAD_ANSWERS", remindDaysBefore: 3 });
  });

  it("refuses dates out of order, unknown modes and bad numbers with field messages", () => {
    const issues = (input: object) =>
      ZCampaignInput.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...valid, dueOn: "2026-12-01" })).toEqual([
      ["dueOn", "The due date must be after the open date"],
    ]);
    expect(issues({ ...valid, mode: "EVERYONE" })).toEqual([["mode", "Choose who answers"]]);
    expect(issues({ ...valid, remindDaysBefore: "-1" })).toEqual([["remindDaysBefore", "At least 0 days"]]);
    expect(issues({ ...valid, opensOn: "2026-02-30" })?.[0]?.[0]).toBe("opensOn");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { mailTranslator } from "@/i18n/translator";
import { buildDigest, campaignProgress, isOverdueStep, type TDigestInput } from "@/lib/digests/content";
import { digestMail } from "@/lib/digests/mail";
import type { TMailTranslator } from "@/lib/mail/templates";
import { lastCompletedPeriod, parsePeriodKey, periodContaining } from "@/lib/digests/period";
import {
  signUnsubscribeToken,
  unsubscribeTokenMember,
  verifyUnsubscribeToken,
} from "@/lib/digests/unsubscribe";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("digest periods", () => {
  it("report on the last completed month or quarter (UTC)", () => {
    const monthly = lastCompletedPeriod("MONTHLY", new Date("2026-12-01T00:00:00Z"));
    expect(monthly).toMatchObject({ key: "2026-11", label: "November 2026" });
    expect(monthly.start).toEqual(d("2026-11-01"));
    expect(monthly.end).toEqual(d("2026-12-01"));
    expect(monthly.previousStart).toEqual(d("2026-10-01"));
    expect(lastCompletedPeriod("MONTHLY", new Date("2026-11-30T23:59:59Z")).key).toBe("2026-10");
    expect(lastCompletedPeriod("MONTHLY", new Date("2027-01-15T10:00:00Z")).key).toBe("2026-12");
    const quarterly = lastCompletedPeriod("QUARTERLY", new Date("2027-01-01T00:00:00Z"));
    expect(quarterly).toMatchObject({ key: "2026-Q4", label: "2026 Q4" });
    expect(quarterly.start).toEqual(d("2026-10-01"));
    expect(quarterly.end).toEqual(d("2027-01-01"));
    expect(lastCompletedPeriod("QUARTERLY", new Date("2026-11-30T12:00:00Z")).key).toBe("2026-Q3");
    expect(periodContaining("QUARTERLY", d("2026-02-10")).previousStart).toEqual(d("2025-10-01"));
  });

  it("parse their keys and nothing else", () => {
    expect(parsePeriodKey("2026-11")?.start).toEqual(d("2026-11-01"));
    expect(parsePeriodKey("2026-Q4")?.end).toEqual(d("2027-01-01"));
    for (const bad of ["2026-13", "2026-Q5", "2026-1", "x", ""]) expect(parsePeriodKey(bad)).toBeNull();
  });
});

const period = lastCompletedPeriod("MONTHLY", new Date("2026-12-01T08:00:00Z")); // November 2026
const base: TDigestInput = {
  orgName: "Acme",
  period,
  now: new Date("2026-12-01T08:00:00Z"),
  staleDays: 90,
  teams: [
    { id: "t1", name: "Payments" },
    { id: "t2", name: "Checkout" },
    { id: "t3", name: "Identity" },
    { id: "t4", name: "Search" },
    { id: "t5", name: "Billing" },
  ],
  aspects: new Map([
    [
      "m1",
      [
        { id: "inv", name: "Investment" },
        { id: "ops", name: "Operations" },
      ],
    ],
  ]),
  before: [
    { teamId: "t1", modelId: "m1", assessmentId: "a1", levels: { inv: 1, ops: 2 } },
    { teamId: "t2", modelId: "m1", assessmentId: "b1", levels: { inv: 3, ops: 3 } },
    { teamId: "t3", modelId: "m1", assessmentId: "c1", levels: { inv: 2, ops: 2 } },
    { teamId: "t4", modelId: "m1", assessmentId: "d1", levels: { inv: 2, ops: 1 } },
  ],
  after: [
    { teamId: "t1", modelId: "m1", assessmentId: "a2", levels: { inv: 2, ops: 2 } }, // up
    { teamId: "t2", modelId: "m1", assessmentId: "b2", levels: { inv: 2, ops: null } }, // down (ops unknown)
    { teamId: "t3", modelId: "m1", assessmentId: "c1", levels: { inv: 2, ops: 2 } }, // same assessment
    { teamId: "t4", modelId: "m1", assessmentId: "d2", levels: { inv: 3, ops: 0 } }, // mixed
    { teamId: "t5", modelId: "m1", assessmentId: "e1", levels: { inv: 4, ops: 4 } }, // first assessment
  ],
  latestBefore: new Map([
    ["t1", d("2026-10-01")],
    ["t2", d("2026-10-01")],
    ["t3", d("2026-08-15")], // fresh on 1 Nov (78 days), stale on 1 Dec (108 days)
    ["t4", d("2026-06-01")], // already stale on 1 Nov
  ]),
  latestAfter: new Map([
    ["t1", d("2026-11-20")],
    ["t2", d("2026-11-03")],
    ["t3", d("2026-08-15")],
    ["t4", d("2026-11-05")],
    ["t5", d("2026-11-10")],
  ]),
  steps: [
    { id: "s1", title: "Write runbook", teamId: "t1", journeyId: "j1", dueOn: "2026-11-15", status: "TODO" },
    { id: "s2", title: "Golden path", teamId: "t2", journeyId: "j2", dueOn: "2026-11-30", status: "DOING" },
    { id: "s3", title: "Done already", teamId: "t1", journeyId: "j1", dueOn: "2026-11-01", status: "DONE" },
    { id: "s4", title: "Dropped", teamId: "t1", journeyId: "j1", dueOn: "2026-11-01", status: "DROPPED" },
    { id: "s5", title: "Due today", teamId: "t1", journeyId: "j1", dueOn: "2026-12-01", status: "TODO" },
    { id: "s6", title: "No date", teamId: "t1", journeyId: "j1", dueOn: null, status: "TODO" },
  ],
  campaigns: [
    {
      id: "c-open",
      title: "Q4 round",
      status: "OPEN",
      opensOn: "2026-11-02",
      dueOn: "2026-11-28",
      closedAt: null,
      teams: [{ submittedAt: d("2026-11-10") }, { submittedAt: null }, { submittedAt: null }],
    },
    {
      id: "c-old",
      title: "Old round",
      status: "CLOSED",
      opensOn: "2026-08-01",
      dueOn: "2026-08-30",
      closedAt: d("2026-09-01"),
      teams: [{ submittedAt: d("2026-08-10") }],
    },
    {
      id: "c-closed",
      title: "Closed in November",
      status: "CLOSED",
      opensOn: "2026-10-01",
      dueOn: "2026-11-10",
      closedAt: d("2026-11-12"),
      teams: [{ submittedAt: d("2026-11-01") }, { submittedAt: d("2026-11-20") }],
    },
    {
      id: "c-future",
      title: "Next year",
      status: "OPEN",
      opensOn: "2026-12-01",
      dueOn: "2027-01-31",
      closedAt: null,
      teams: [{ submittedAt: null }],
    },
  ],
};

describe("digest content rules", () => {
  const digest = buildDigest(base);

  it("lists teams whose levels rose or fell since the period began, per aspect", () => {
    expect(digest.movedUp).toEqual([
      {
        teamId: "t1",
        teamName: "Payments",
        assessmentId: "a2",
        changes: [{ aspectId: "inv", aspectName: "Investment", from: 1, to: 2 }],
      },
    ]);
    expect(digest.movedDown.map((m) => [m.teamName, m.changes])).toEqual([
      ["Checkout", [{ aspectId: "inv", aspectName: "Investment", from: 3, to: 2 }]],
    ]);
    expect(
      digest.mixed.map((m) => [m.teamName, m.changes.map((c) => `${c.aspectId}:${c.from}>${c.to}`)]),
    ).toEqual([["Search", ["inv:2>3", "ops:1>0"]]]);
    // No new assessment (Identity) and a first assessment (Billing) are no moves.
    const named = [...digest.movedUp, ...digest.movedDown, ...digest.mixed].map((m) => m.teamName);
    expect(named).not.toContain("Identity");
    expect(named).not.toContain("Billing");
  });

  it("lists teams that went stale during the period, not the ones stale before", () => {
    expect(digest.goneStale).toEqual([{ teamId: "t3", teamName: "Identity", lastSubmitted: "2026-08-15" }]);
    expect(digest.staleTeams).toBe(1);
  });

  it("lists open plan steps due before today, earliest first", () => {
    expect(digest.overdueSteps.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(digest.overdueSteps[0]).toMatchObject({
      teamName: "Payments",
      journeyId: "j1",
      dueOn: "2026-11-15",
    });
    expect(isOverdueStep({ dueOn: "2026-11-30", status: "TODO" }, "2026-11-30")).toBe(false);
    expect(isOverdueStep({ dueOn: "2026-11-29", status: "DOING" }, "2026-11-30")).toBe(true);
    expect(isOverdueStep({ dueOn: "2026-11-29", status: "DONE" }, "2026-11-30")).toBe(false);
  });

  it("caps the overdue list and counts the rest", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      id: `x${i}`,
      title: `Step ${i}`,
      teamId: "t1",
      journeyId: "j1",
      dueOn: "2026-11-01",
      status: "TODO" as const,
    }));
    const capped = buildDigest({ ...base, steps: many });
    expect(capped.overdueSteps).toHaveLength(20);
    expect(capped.moreOverdueSteps).toBe(5);
  });

  it("shows campaigns open during the period with their progress (closing freezes the round)", () => {
    expect(digest.campaigns).toEqual([
      {
        id: "c-closed",
        title: "Closed in November",
        closed: true,
        dueOn: "2026-11-10",
        submitted: 1,
        total: 2,
        overdue: 0,
      },
      {
        id: "c-open",
        title: "Q4 round",
        closed: false,
        dueOn: "2026-11-28",
        submitted: 1,
        total: 3,
        overdue: 2,
      },
    ]);
    expect(
      campaignProgress(base.campaigns, base.period, "2026-11-20").find((c) => c.id === "c-open")?.overdue,
    ).toBe(0);
  });
});

describe("digest mail", () => {
  const digest = buildDigest(base);
  const links = {
    base: "https://stepwise.example.com",
    orgSlug: "acme",
    unsubscribeUrl: "https://stepwise.example.com/digest/unsubscribe/m1.sig",
  };
  let en: TMailTranslator;
  let enDigest: TMailTranslator;
  let mail: ReturnType<typeof digestMail>;
  beforeAll(async () => {
    [en, enDigest] = await Promise.all([mailTranslator("en"), mailTranslator("en", "digest")]);
    mail = digestMail(en, enDigest, digest, links, "Erika");
  });

  it("names the organization and the period, in plain text and HTML", () => {
    expect(mail.subject).toBe("Acme: your Stepwise digest for November 2026");
    expect(mail.text).toContain("Hello Erika,");
    expect(mail.text).toContain("What changed in Acme in November 2026.");
    expect(mail.html).toContain("<h2");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("Payments: Investment 1 → 2");
      expect(part).toContain("Identity (last assessed 2026-08-15)");
      expect(part).toContain("Write runbook (due 2026-11-15)");
      expect(part).toContain("Q4 round: 1 of 3 teams submitted, due 2026-11-28, 2 overdue");
    }
  });

  it("links absolutely into the app and to the one-click unsubscribe", () => {
    expect(mail.text).toContain("<https://stepwise.example.com/orgs/acme/assessments/a2/results>");
    expect(mail.text).toContain("<https://stepwise.example.com/orgs/acme/teams/t3>");
    expect(mail.text).toContain("<https://stepwise.example.com/orgs/acme/campaigns/c-open>");
    expect(mail.html).toContain('href="https://stepwise.example.com/orgs/acme/teams/t1/journeys/j1/plan"');
    expect(mail.text).toContain(links.unsubscribeUrl);
    expect(mail.html).toContain(`href="${links.unsubscribeUrl}"`);
    const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.every((h) => h.startsWith("https://stepwise.example.com/"))).toBe(true);
  });

  it("escapes names in HTML and says so when nothing happened", () => {
    const quiet = buildDigest({
      ...base,
      orgName: "<Acme & Co>",
      before: [],
      after: [],
      latestBefore: new Map(),
      latestAfter: new Map(),
      steps: [],
      campaigns: [],
    });
    const m = digestMail(en, enDigest, quiet, links, null);
    expect(m.html).toContain("&lt;Acme &amp; Co&gt;");
    expect(m.html).not.toContain("<Acme");
    expect(m.text).toContain("Hello,");
    expect(m.text).toContain("- No team moved up.");
    expect(m.text).toContain("- No campaign ran in this period.");
  });
});

describe("digest mail in the recipient's language", () => {
  it("writes the frame, the sections and the month in German", async () => {
    const digest = buildDigest(base);
    const links = { base: "https://x.test", orgSlug: "acme", unsubscribeUrl: "https://x.test/u" };
    const [de, deDigest] = await Promise.all([mailTranslator("de"), mailTranslator("de", "digest")]);
    const mail = digestMail(de, deDigest, digest, links, "Erika");
    expect(mail.subject).toBe("Acme: Ihr Stepwise-Digest für November 2026");
    expect(mail.text).toContain("Hallo Erika,");
    expect(mail.text).not.toContain("Teams that moved up");
    expect(mail.html).toContain('<html lang="de">');
  });
});

describe("unsubscribe tokens", () => {
  const secret = "x".repeat(32);
  const token = signUnsubscribeToken(secret, "mem123", "org1");

  it("verify for their member and organization only", () => {
    expect(unsubscribeTokenMember(token)).toBe("mem123");
    expect(verifyUnsubscribeToken(secret, token, "mem123", "org1")).toBe(true);
    expect(verifyUnsubscribeToken(secret, token, "mem123", "org2")).toBe(false);
    expect(verifyUnsubscribeToken(secret, token, "mem124", "org1")).toBe(false);
    expect(verifyUnsubscribeToken("y".repeat(32), token, "mem123", "org1")).toBe(false);
  });

  it("refuse tampering and malformed tokens", () => {
    const [member, sig] = token.split(".") as [string, string];
    const flipped = `${member}.${sig[0] === "A" ? "B" : "A"}${sig.slice(1)}`;
    expect(verifyUnsubscribeToken(secret, flipped, "mem123", "org1")).toBe(false);
    const other = signUnsubscribeToken(secret, "mem999", "org1");
    expect(verifyUnsubscribeToken(secret, `${member}.${other.split(".")[1]}`, "mem123", "org1")).toBe(false);
    for (const bad of ["", "mem123", `${member}.short`, `${token}x`, `../${token}`])
      expect(verifyUnsubscribeToken(secret, bad, "mem123", "org1")).toBe(false);
    expect(unsubscribeTokenMember("nonsense")).toBeNull();
  });
});

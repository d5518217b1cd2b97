/**
 * Assessment campaigns on real PostgreSQL: drafts for exactly the chosen teams in one transaction
 * (open drafts linked, not duplicated), refusals that leave nothing behind, other organizations refused,
 * progress and the round, closing, and reminders through a real SMTP server at most once per team per day.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCatcher, type TMailCatcher } from "@/scripts/lib/mail-catcher";
import { createTenant, createUser, ensureModels } from "../fixtures/tenants";

let catcher: TMailCatcher;
let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.smtpUrl; // before anything parses the settings
  process.env.APP_URL = "https://stepwise.example.test";
  models = await ensureModels();
});
afterAll(() => catcher.stop());

const load = async () => ({
  ...(await import("@/lib/data/campaigns")),
  ...(await import("@/lib/data/assessments")),
  db: (await import("@/lib/db")).db,
});

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A tenant with teams A and B in group "Commerce", C in "Core", and the roles the tests need. */
async function world() {
  const { db } = await load();
  const t = await createTenant();
  await db.team.updateMany({ where: { id: { in: [t.teamId, t.otherTeamId] } }, data: { group: "Commerce" } });
  const core = await db.team.create({
    data: { organizationId: t.org.id, name: "Team C", group: "Core" },
    select: { id: true },
  });
  const admin = await t.member("ADMIN");
  const facilitator = await t.member("FACILITATOR");
  const lead = await t.member("LEAD", { inTeam: true });
  return { t, coreId: core.id, admin, facilitator, lead };
}

const input = (over: Record<string, unknown> = {}) => ({
  title: "Q1 round",
  modelId: models.cncf,
  selection: "GROUP",
  group: "Commerce",
  opensOn: dayOffset(-1),
  dueOn: dayOffset(14),
  ...over,
});

describe("starting a campaign", () => {
  it("creates one draft per team of the group, links a team's open draft instead of duplicating it, and audits", async () => {
    const { createCampaign, startAssessment, db } = await load();
    const { t, coreId, facilitator, lead } = await world();
    const existing = await startAssessment(lead, {
      teamId: t.teamId,
      modelId: models.cncf,
      title: "own draft",
    });

    const result = await createCampaign(facilitator, input());
    expect(result).toMatchObject({ teams: 2, created: 1, linked: 1 });
    const links = await db.campaignTeam.findMany({
      where: { campaignId: result.id },
      select: { teamId: true, assessmentId: true, assessment: { select: { title: true, status: true } } },
    });
    expect(links.map((l) => l.teamId).sort()).toEqual([t.teamId, t.otherTeamId].sort());
    expect(links.find((l) => l.teamId === t.teamId)?.assessmentId).toBe(existing.id);
    expect(links.find((l) => l.teamId === t.otherTeamId)?.assessment).toEqual({
      title: "Q1 round · Team B",
      status: "DRAFT",
    });
    // Team C (another group) got nothing; team A still has exactly one draft.
    expect(await db.assessment.count({ where: { teamId: coreId } })).toBe(0);
    expect(await db.assessment.count({ where: { teamId: t.teamId } })).toBe(1);
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.org.id, action: "campaign.created" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: facilitator.userId,
      targetType: "campaign",
      targetId: result.id,
      details: { teams: 2, created: 1, linked: 1, mode: "LEAD_ANSWERS", selection: "GROUP" },
    });

    // A second campaign while the first is open creates new drafts: a draft belongs to one open round.
    const second = await createCampaign(facilitator, input({ title: "Q1 round, again", selection: "ALL" }));
    expect(second).toMatchObject({ teams: 3, created: 3, linked: 0 });
  });

  it("never links a draft that a live workshop is answering: the lead gets a draft they can answer", async () => {
    const { createCampaign, db } = await load();
    const { createWorkshop } = await import("@/lib/data/workshops");
    const { t, facilitator } = await world();
    const { id: workshopId } = await createWorkshop(facilitator, { teamId: t.teamId, modelId: models.cncf });
    const workshopDraft = await db.workshop.findUniqueOrThrow({
      where: { id: workshopId },
      select: { assessmentId: true },
    });

    const result = await createCampaign(facilitator, input());
    expect(result).toMatchObject({ teams: 2, created: 2, linked: 0 });
    const link = await db.campaignTeam.findFirstOrThrow({
      where: { campaignId: result.id, teamId: t.teamId },
      select: { assessmentId: true, assessment: { select: { mode: true } } },
    });
    expect(link.assessmentId).not.toBe(workshopDraft.assessmentId);
    expect(link.assessment.mode).toBe("SOLO");
  });

  it("opens new drafts to the team's members in respondents mode (viewers do not answer)", async () => {
    const { createCampaign, db } = await load();
    const { t, admin, lead } = await world();
    const member = await t.member("MEMBER", { inTeam: true });
    await t.member("VIEWER", { inTeam: true });
    const { id } = await createCampaign(
      admin,
      input({ selection: "PICKED", teamIds: [t.teamId], mode: "RESPONDENTS" }),
    );
    const link = await db.campaignTeam.findFirstOrThrow({
      where: { campaignId: id },
      select: { assessment: { select: { mode: true, respondents: { select: { userId: true } } } } },
    });
    expect(link.assessment.mode).toBe("COLLABORATIVE");
    expect(link.assessment.respondents.map((r) => r.userId).sort()).toEqual(
      [lead.userId, member.userId].sort(),
    );
  });

  it("refuses bad input with a field message and leaves nothing behind", async () => {
    const { createCampaign, db } = await load();
    const { t, admin } = await world();
    const away = await createTenant();
    const count = () =>
      Promise.all([
        db.campaign.count({ where: { organizationId: t.org.id } }),
        db.assessment.count({ where: { organizationId: t.org.id } }),
      ]);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { selection: "PICKED", teamIds: [t.teamId, away.teamId] },
        "teamIds",
        "not teams of this organization",
      ],
      [{ selection: "PICKED", teamIds: [] }, "teamIds", "Pick at least one team"],
      [{ group: "Nobody" }, "group", "No team is in the group"],
      [{ dueOn: dayOffset(-5) }, "dueOn", "after the open date"],
      [{ title: "x" }, "title", "At least 2 characters"],
      [{ mode: "ALL_HANDS" }, "mode", "Choose who answers"],
    ];
    for (const [over, field, message] of cases) {
      const err = await createCampaign(admin, input(over)).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: "INVALID_INPUT" });
      expect((err as { fieldErrors: Record<string, string[]> }).fieldErrors[field]?.[0]).toContain(message);
    }
    expect(await count()).toEqual([0, 0]);

    await createCampaign(admin, input());
    await expect(createCampaign(admin, input())).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await count()).toEqual([1, 2]);
  });

  it("is for facilitators and admins of the organization only; other organizations see nothing", async () => {
    const { createCampaign, getCampaign, closeCampaign, sendCampaignReminders, listCampaigns, db } =
      await load();
    const { t, admin, lead } = await world();
    const member = await t.member("MEMBER");
    await expect(createCampaign(lead, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCampaign(member, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await createCampaign(admin, input());

    const away = await createTenant();
    const awayAdmin = await away.member("ADMIN");
    await expect(getCampaign(awayAdmin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(closeCampaign(awayAdmin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendCampaignReminders(awayAdmin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listCampaigns(awayAdmin)).toEqual([]);
    // Another organization's imported model is not usable either.
    await expect(
      createCampaign(awayAdmin, input({ selection: "ALL", modelId: "not-a-model" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(closeCampaign(lead, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendCampaignReminders(lead, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Everyone in the organization reads the campaign.
    await expect(getCampaign(member, id)).resolves.toMatchObject({ id, counts: { total: 2 } });
    expect(await db.campaign.count({ where: { organizationId: away.org.id } })).toBe(0);
  });
});

describe("progress, the round and closing", () => {
  it("shows not started, in progress (k answered) and submitted; closing freezes the round", async () => {
    const { createCampaign, getCampaign, closeCampaign, saveAnswer, submitAssessment, db } = await load();
    const { t, admin, lead } = await world();
    const { id } = await createCampaign(admin, input({ dueOn: dayOffset(2), opensOn: dayOffset(-10) }));
    const draftOf = async (teamId: string) =>
      (await db.campaignTeam.findFirstOrThrow({ where: { campaignId: id, teamId } })).assessmentId;

    let c = await getCampaign(lead, id);
    expect(c.counts).toEqual({ total: 2, notStarted: 2, inProgress: 0, submitted: 0, overdue: 0 });
    expect(c.questions).toBeGreaterThan(10);

    const a = await draftOf(t.teamId);
    await saveAnswer(lead, a, {
      questionId: "investment-1",
      level: 2,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    await saveAnswer(lead, a, {
      questionId: "adoption-1",
      level: 3,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    c = await getCampaign(lead, id);
    expect(c.teams.find((x) => x.teamId === t.teamId)).toMatchObject({
      state: "IN_PROGRESS",
      answered: 2,
      leads: [expect.stringContaining("lead")],
    });
    await submitAssessment(lead, a);
    c = await getCampaign(lead, id);
    expect(c.counts).toMatchObject({ submitted: 1, inProgress: 0, notStarted: 1 });
    expect(c.round.results).toBe(1);
    expect(c.round.medians.investment).toBe(2);

    // Overdue once the due day has passed (read "as of" a later day).
    const later = await getCampaign(lead, id, dayOffset(3));
    expect(later.counts.overdue).toBe(1);
    expect(later.phase).toBe("PAST_DUE");

    await closeCampaign(admin, id);
    await expect(closeCampaign(admin, id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const b = await draftOf(t.otherTeamId);
    await saveAnswer(admin, b, {
      questionId: "investment-1",
      level: 4,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    await submitAssessment(admin, b);
    c = await getCampaign(lead, id);
    expect(c.phase).toBe("CLOSED");
    expect(c.counts.submitted).toBe(2); // the team did submit …
    expect(c.round.results).toBe(1); // … but after the round was frozen
    expect(c.round.medians.investment).toBe(2);
    expect(
      await db.auditEvent.count({ where: { organizationId: t.org.id, action: "campaign.closed" } }),
    ).toBe(1);
  });
});

describe("reminders", () => {
  it("mail the leads of teams not submitted, from N days before due, at most once per team per day", async () => {
    const { createCampaign, sendCampaignReminders, closeCampaign, db } = await load();
    const { t, coreId, admin, lead } = await world();
    const secondLead = await t.member("LEAD", { inTeam: true });
    const stranger = await createUser("stranger"); // in team A's member list but not in the organization
    await db.teamMember.create({ data: { teamId: t.teamId, userId: stranger.id } });
    const { id } = await createCampaign(
      admin,
      input({ selection: "ALL", opensOn: dayOffset(-10), dueOn: dayOffset(5), remindDaysBefore: 3 }),
    );
    const leadMail = (await db.user.findUniqueOrThrow({ where: { id: lead.userId } })).email;
    const secondMail = (await db.user.findUniqueOrThrow({ where: { id: secondLead.userId } })).email;
    const mailsTo = (email: string) => catcher.mails.filter((m) => m.to.includes(email));

    // Six days before due, with a three-day window: nobody yet.
    expect(await sendCampaignReminders(admin, id)).toEqual({
      reminded: 0,
      mailed: 0,
      alreadyToday: 0,
      withoutLead: 0,
    });
    const soon = dayOffset(3);
    expect(await sendCampaignReminders(admin, id, undefined, soon)).toEqual({
      reminded: 1,
      mailed: 2,
      alreadyToday: 0,
      withoutLead: 2, // teams B and C have no lead
    });
    const mail = await catcher.waitFor((m) => m.to.includes(leadMail));
    expect(mail.subject).toBe("Reminder: Team A's assessment for Q1 round");
    expect(mail.text).toContain("https://stepwise.example.test/orgs/");
    expect(mailsTo(secondMail)).toHaveLength(1);
    expect(mailsTo(stranger.email)).toHaveLength(0);

    // The same day again: nothing new.
    expect(await sendCampaignReminders(admin, id, undefined, soon)).toMatchObject({
      reminded: 0,
      alreadyToday: 1,
    });
    expect(mailsTo(leadMail)).toHaveLength(1);
    // The next day, and once overdue: one more each.
    await sendCampaignReminders(admin, id, undefined, dayOffset(4));
    await sendCampaignReminders(admin, id, undefined, dayOffset(7));
    await catcher.waitFor((m) => m.to.includes(leadMail) && m.subject.startsWith("Overdue"));
    expect(mailsTo(leadMail)).toHaveLength(3);
    expect(await db.campaignReminder.count({ where: { campaignId: id } })).toBe(3);
    expect(
      await db.auditEvent.count({ where: { organizationId: t.org.id, action: "campaign.reminders_sent" } }),
    ).toBe(3);
    expect(await db.campaignReminder.count({ where: { campaignId: id, teamId: coreId } })).toBe(0);

    await closeCampaign(admin, id);
    await expect(sendCampaignReminders(admin, id, undefined, dayOffset(8))).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
  });
});

/**
 * Campaign reminders on real PostgreSQL and a real SMTP server: at most one reminder per team per day
 * however many runs race (the button twice and the scheduled run at once), the scheduled run across
 * campaigns, nothing recorded without a mail sender, and the CSV of the leads' addresses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCatcher, type TMailCatcher } from "@/scripts/lib/mail-catcher";
import { createTenant, ensureModels } from "../fixtures/tenants";

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
  db: (await import("@/lib/db")).db,
});

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A tenant whose team A has a lead (team B has none), and a campaign over both teams. */
async function world(dueIn: number) {
  const { createCampaign, db } = await load();
  const t = await createTenant();
  const admin = await t.member("ADMIN");
  const facilitator = await t.member("FACILITATOR");
  const lead = await t.member("LEAD", { inTeam: true });
  const { id } = await createCampaign(admin, {
    title: `Round ${t.org.slug}`,
    modelId: models.cncf,
    selection: "ALL",
    opensOn: dayOffset(-20),
    dueOn: dayOffset(dueIn),
    remindDaysBefore: "3",
  });
  const leadMail = (await db.user.findUniqueOrThrow({ where: { id: lead.userId } })).email;
  return { t, admin, facilitator, lead, id, leadMail };
}

const mailsTo = (email: string) => catcher.mails.filter((m) => m.to.includes(email));

describe("campaign reminders", () => {
  it("mail each lead once per team per day when the button is pressed twice and the scheduled run races them", async () => {
    const { sendCampaignReminders, runScheduledReminders, db } = await load();
    const { t, admin, facilitator, id, leadMail } = await world(2);
    const scope = { organizationId: t.org.id };
    const [a, b, scheduled] = await Promise.all([
      sendCampaignReminders(admin, id),
      sendCampaignReminders(facilitator, id),
      runScheduledReminders(undefined, true, scope),
    ]);
    // Exactly one of the three runs reminded team A; the others found today's row taken.
    expect(a.reminded + b.reminded + scheduled.reminded).toBe(1);
    expect(await db.campaignReminder.count({ where: { campaignId: id } })).toBe(1);
    await catcher.waitFor((m) => m.to.includes(leadMail));
    await new Promise((r) => setTimeout(r, 300)); // a second mail, if any, would have arrived by now
    expect(mailsTo(leadMail)).toHaveLength(1);
    expect(
      await db.auditEvent.count({ where: { organizationId: t.org.id, action: "campaign.reminders_sent" } }),
    ).toBe(1);
    // Later the same day: nothing more, from either path.
    expect(await runScheduledReminders(undefined, true, scope)).toMatchObject({ ran: true, reminded: 0 });
    expect(await sendCampaignReminders(admin, id)).toMatchObject({ reminded: 0, alreadyToday: 1 });
    expect(mailsTo(leadMail)).toHaveLength(1);
  });

  it("the scheduled run reminds overdue teams the next day, audited as scheduled, and skips submitted or closed campaigns", async () => {
    const { runScheduledReminders, closeCampaign, db } = await load();
    const { t, admin, id, leadMail } = await world(-1);
    const other = await world(30); // not due yet: no reminder
    const scope = { organizationId: { in: [t.org.id, other.t.org.id] } };
    const first = await runScheduledReminders(undefined, true, scope);
    expect(first).toMatchObject({ ran: true, campaigns: 1, reminded: 1, mailed: 1 });
    const mail = await catcher.waitFor((m) => m.to.includes(leadMail));
    expect(mail.subject).toMatch(/^Overdue: Team A's assessment/);
    expect(mailsTo(other.leadMail)).toHaveLength(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: t.org.id, action: "campaign.reminders_sent" },
    });
    expect(audit).toMatchObject({ actorUserId: null, actorLabel: "scheduled reminders" });

    expect(await runScheduledReminders(dayOffset(1), true, scope)).toMatchObject({ reminded: 1 });
    expect(await db.campaignReminder.count({ where: { campaignId: id } })).toBe(2);
    await closeCampaign(admin, id);
    expect(await runScheduledReminders(dayOffset(2), true, scope)).toMatchObject({ reminded: 0 });
    expect(await db.campaignReminder.count({ where: { campaignId: id } })).toBe(2);
  });

  it("records nothing without a mail sender", async () => {
    const { runScheduledReminders, db } = await load();
    const { t, id } = await world(1);
    expect(await runScheduledReminders(undefined, false, { organizationId: t.org.id })).toEqual({
      ran: false,
      campaigns: 0,
      reminded: 0,
      mailed: 0,
    });
    expect(await db.campaignReminder.count({ where: { campaignId: id } })).toBe(0);
  });

  it("exports the due leads' addresses as CSV to facilitators and admins of the organization only", async () => {
    const { exportDueReminders, db } = await load();
    const { t, facilitator, lead, id, leadMail } = await world(1);
    const out = await exportDueReminders(facilitator, id);
    expect(out.rows).toBe(1);
    const lines = out.csv.split("\r\n");
    expect(lines[0]).toBe("team,reason,due_on,lead_name,lead_email,link");
    expect(lines[1]).toContain(`Team A,due soon,${dayOffset(1)},`);
    expect(lines[1]).toContain(leadMail);
    expect(lines[1]).toContain(`https://stepwise.example.test/orgs/${t.org.slug}/assessments/`);
    expect(lines).toHaveLength(2); // team B has no lead
    // Reading it records nothing.
    expect(await db.campaignReminder.count({ where: { campaignId: id } })).toBe(0);
    await expect(exportDueReminders(lead, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await world(1);
    await expect(exportDueReminders(stranger.admin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { mailTranslator } from "@/i18n/translator";
import {
  campaignReminderMail,
  inviteMail,
  passwordResetMail,
  verifyEmailMail,
  type TMailTranslator,
} from "@/lib/mail/templates";

let en: TMailTranslator;
let de: TMailTranslator;
let ja: TMailTranslator;
beforeAll(async () => {
  [en, de, ja] = await Promise.all([mailTranslator("en"), mailTranslator("de"), mailTranslator("ja")]);
});

const LINK = "https://stepwise.example.com/reset-password/abc123";

describe("mail templates", () => {
  it("every mail has a subject, a plain-text part with the link and an HTML part", () => {
    for (const mail of [
      passwordResetMail(en, { name: "Ada", link: LINK, expiresInMinutes: 60 }),
      verifyEmailMail(en, { name: "Ada", link: LINK, expiresInHours: 48 }),
      inviteMail(en, {
        orgName: "Acme",
        inviterName: "Grace",
        role: "LEAD",
        teamName: "Payments",
        link: LINK,
        expiresAt: new Date("2030-01-02T00:00:00Z"),
      }),
    ]) {
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(LINK);
      expect(mail.html).toContain(`href="${LINK}"`);
      // exactly one link in the text part: no secret other than the single-use link
      expect(mail.text.match(/https?:\/\//g)).toHaveLength(1);
    }
  });

  it("an invite names the organization, the inviter, the role and the team", () => {
    const mail = inviteMail(en, {
      orgName: "Acme Platform",
      inviterName: "Grace",
      role: "LEAD",
      teamName: "Payments",
      link: LINK,
      expiresAt: new Date("2030-01-02T00:00:00Z"),
    });
    expect(mail.subject).toBe("Grace invited you to Acme Platform on Stepwise");
    expect(mail.text).toContain("join Acme Platform on Stepwise as Team lead in the team Payments");
    expect(mail.text).toContain("expires on January 2, 2030");
  });

  it("escapes names in the HTML part", () => {
    const mail = inviteMail(en, {
      orgName: "<script>x</script>",
      inviterName: 'A "B"',
      role: "MEMBER",
      teamName: null,
      link: LINK,
      expiresAt: new Date(),
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain("<script>x</script>");
  });

  it("is written in the recipient's language, with localized dates and plurals", () => {
    const invite = {
      orgName: "Acme",
      inviterName: "Grace",
      role: "LEAD",
      teamName: "Payments",
      link: LINK,
      expiresAt: new Date("2030-01-02T00:00:00Z"),
    };
    const german = inviteMail(de, invite);
    expect(german.subject).toBe("Grace hat Sie zu Acme auf Stepwise eingeladen");
    expect(german.text).toContain("2. Januar 2030");
    expect(german.text).toContain("Teamleitung");
    expect(german.html).toContain('lang="de"');
    expect(inviteMail(ja, invite).text).toContain("2030年1月2日");
    expect(passwordResetMail(de, { name: "Ada", link: LINK, expiresInMinutes: 60 }).text).toContain(
      "60 Minuten",
    );
    expect(verifyEmailMail(en, { name: "Ada", link: LINK, expiresInHours: 1 }).text).toContain(
      "expires in 1 hour.",
    );
  });

  it("a campaign reminder says whether the assessment is due or overdue", () => {
    const input = {
      orgName: "Acme",
      leadName: "Lin",
      campaignTitle: "Q1 round",
      teamName: "Team A",
      dueOn: "2030-03-31",
      link: LINK,
    };
    expect(campaignReminderMail(en, { ...input, overdue: false }).subject).toBe(
      "Reminder: Team A's assessment for Q1 round",
    );
    const overdue = campaignReminderMail(en, { ...input, overdue: true });
    expect(overdue.subject).toBe("Overdue: Team A's assessment for Q1 round");
    expect(overdue.text).toContain("was due on March 31, 2030");
    expect(campaignReminderMail(de, { ...input, overdue: true }).subject).toMatch(/^Überfällig: /);
  });
});

import { describe, expect, it } from "vitest";
import { inviteMail, passwordResetMail, verifyEmailMail } from "@/lib/mail/templates";

const LINK = "https://stepwise.example.com/reset-password/abc123";

describe("mail templates", () => {
  it("every mail has a subject, a plain-text part with the link and an HTML part", () => {
    for (const mail of [
      passwordResetMail({ name: "Ada", link: LINK, expiresInMinutes: 60 }),
      verifyEmailMail({ name: "Ada", link: LINK, expiresInHours: 48 }),
      inviteMail({
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
    const mail = inviteMail({
      orgName: "Acme Platform",
      inviterName: "Grace",
      role: "LEAD",
      teamName: "Payments",
      link: LINK,
      expiresAt: new Date("2030-01-02T00:00:00Z"),
    });
    expect(mail.subject).toBe("Grace invited you to Acme Platform on Stepwise");
    expect(mail.text).toContain("join Acme Platform on Stepwise as Team lead in the team Payments");
    expect(mail.text).toContain("2030-01-02");
  });

  it("escapes names in the HTML part", () => {
    const mail = inviteMail({
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
});

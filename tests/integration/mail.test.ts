import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailCatcher, type TMailCatcher } from "@/scripts/lib/mail-catcher";

let catcher: TMailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher();
  // Before anything reads the settings (env() parses process.env once, lazily).
  process.env.SMTP_URL = catcher.smtpUrl;
  process.env.MAIL_FROM = "Stepwise Test <no-reply@test.stepwise.localhost>";
});
afterAll(() => catcher.stop());

describe("outgoing mail through a real SMTP server", () => {
  it("delivers a mail with a plain-text and an HTML part from MAIL_FROM", async () => {
    const { sendMail } = await import("@/lib/mail/send");
    const { passwordResetMail } = await import("@/lib/mail/templates");
    const { mailTranslator } = await import("@/i18n/translator");
    const sent = await sendMail(
      "ada@mail.stepwise.test",
      passwordResetMail(await mailTranslator("en"), {
        name: "Ada",
        link: "http://localhost:3000/reset-password/tok",
        expiresInMinutes: 60,
      }),
    );
    expect(sent).toBe(true);
    const mail = await catcher.waitFor((m) => m.to.includes("ada@mail.stepwise.test"));
    expect(mail.subject).toBe("Reset your Stepwise password");
    expect(mail.from).toBe("no-reply@test.stepwise.localhost");
    expect(mail.text).toContain("http://localhost:3000/reset-password/tok");
    expect(mail.html).toContain('href="http://localhost:3000/reset-password/tok"');

    const listed = (await (
      await fetch(`${catcher.webUrl}/api/mails?to=ada@mail.stepwise.test`)
    ).json()) as unknown[];
    expect(listed).toHaveLength(1);
    const page = await (await fetch(catcher.webUrl)).text();
    expect(page).toContain("Reset your Stepwise password");
  });
});

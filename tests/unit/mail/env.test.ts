import { describe, expect, it } from "vitest";
import { describeEnv, parseServerEnv } from "@/lib/env";

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db" };

describe("mail settings", () => {
  it("accepts smtp:// and smtps:// URLs and masks the password when logged", () => {
    const e = parseServerEnv({ ...base, SMTP_URL: "smtps://mailer:s3cret@smtp.example.com:465" });
    expect(e.SMTP_URL).toBe("smtps://mailer:s3cret@smtp.example.com:465");
    expect(describeEnv(e).mail).toBe(
      "smtps://mailer:***@smtp.example.com:465 from Stepwise <no-reply@stepwise.localhost>",
    );
  });

  it("refuses other schemes and a MAIL_FROM without an address", () => {
    expect(() => parseServerEnv({ ...base, SMTP_URL: "http://smtp.example.com" })).toThrow(/SMTP_URL/);
    expect(() => parseServerEnv({ ...base, MAIL_FROM: "Stepwise" })).toThrow(/MAIL_FROM/);
    expect(() => parseServerEnv({ ...base, MAIL_FROM: "a@b\r\nBcc: x@y" })).toThrow(/MAIL_FROM/);
  });

  it("builds links from APP_URL, then NEXTAUTH_URL, then localhost:3000", () => {
    expect(
      describeEnv(
        parseServerEnv({ ...base, APP_URL: "https://a.example/", NEXTAUTH_URL: "https://b.example" }),
      ).appUrl,
    ).toBe("https://a.example");
    expect(describeEnv(parseServerEnv({ ...base, NEXTAUTH_URL: "https://b.example" })).appUrl).toBe(
      "https://b.example",
    );
    expect(describeEnv(parseServerEnv(base)).appUrl).toBe("http://localhost:3000");
    expect(describeEnv(parseServerEnv(base)).mail).toBe("off (SMTP_URL unset)");
  });
});

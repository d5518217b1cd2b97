/**
 * Digests end to end: a viewer opts in on the Digest page, the digest job runs (`npm run digests:send`,
 * as a CronJob would), the mail arrives at the test SMTP server with one-click unsubscribe headers, the
 * unsubscribe link works signed out, and the setting shows off afterwards.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { DEMO, followOrgNavLink, signIn } from "./helpers";

const CATCHER = process.env.MAIL_CATCHER_URL;

type TMail = { subject: string; text: string; html: string; headers: Record<string, string> };

async function digestsTo(to: string): Promise<TMail[]> {
  if (!CATCHER) throw new Error("MAIL_CATCHER_URL is not set: run through `npm run test:e2e`");
  const url = `${CATCHER}/api/mails?to=${encodeURIComponent(to)}`;
  // A kept-alive socket the catcher closed meanwhile fails once ("other side closed"): ask again.
  const response = await fetch(url).catch(() => fetch(url));
  const mails = (await response.json()) as TMail[];
  return mails.filter((m) => m.subject.includes("your Stepwise digest"));
}

/** `npm run digests:send`, as a CronJob runs it (without blocking this process's event loop). */
async function runDigestJob(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      path.join("node_modules", "tsx", "dist", "cli.mjs"),
      "--conditions=react-server",
      "scripts/digests-send.ts",
    ],
    { env: process.env, encoding: "utf8", timeout: 120_000 },
  );
  return stdout;
}

test("a viewer opts in, gets the digest by mail, unsubscribes with one click signed out", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.exec);
  await page.goto("/orgs/demo");
  await followOrgNavLink(page, "Digest");
  await expect(page.getByRole("heading", { level: 1, name: "Digest" })).toBeVisible();
  const setting = page.getByRole("form", { name: "Digest setting" }).getByLabel("Send me the digest");
  await expect(setting).toHaveValue("OFF");
  // The page shows the current digest even without mail.
  await expect(page.getByRole("region", { name: "Teams that moved up" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Campaigns" })).toBeVisible();
  await setting.selectOption("MONTHLY");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Digest setting saved.")).toBeVisible();

  const out = await runDigestJob();
  expect(out).toMatch(/\[digests\] sent \d+/);
  await expect.poll(async () => (await digestsTo(DEMO.exec)).length, { timeout: 20_000 }).toBe(1);
  const [mail] = await digestsTo(DEMO.exec);
  expect(mail!.subject).toMatch(/^Acme Platform Co\. \(demo\): your Stepwise digest for \w+ \d{4}$/);
  expect(mail!.text).toContain("Teams that moved up");
  expect(mail!.html).toContain("Overdue plan steps");
  expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(http:\/\/localhost:\d+\/api\/digest\/unsubscribe\/[^>]+)>$/.exec(
    mail!.headers["list-unsubscribe"] ?? "",
  )?.[1];
  expect(oneClick).toBeTruthy();
  const link = /Unsubscribe \(one click, no sign-in\): (\S+)/.exec(mail!.text)?.[1];
  expect(link).toMatch(/^http:\/\/localhost:\d+\/digest\/unsubscribe\/[^/]+$/);
  // Every link in the HTML part is absolute.
  const hrefs = [...mail!.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) expect(href).toMatch(/^http:\/\/localhost:\d+\//);

  // Running the job again sends nothing more this period.
  await runDigestJob();
  expect(await digestsTo(DEMO.exec)).toHaveLength(1);

  // A tampered token is refused (page and one-click endpoint alike).
  const tampered = link!.slice(0, -3) + (link!.endsWith("AAA") ? "BBB" : "AAA");
  const signedOut = await browser.newContext();
  const visitor = await signedOut.newPage();
  expect((await visitor.goto(new URL(tampered).pathname))?.status()).toBe(404);
  const refused = await request.post(new URL(oneClick!.slice(0, -3) + "AAA").pathname, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect([404]).toContain(refused.status());

  // The real link: one click, signed out.
  const done = await visitor.goto(new URL(link!).pathname);
  expect(done?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { name: "You are unsubscribed" })).toBeVisible();
  await expect(visitor.getByText("Acme Platform Co. (demo)")).toBeVisible();
  await signedOut.close();

  await page.goto("/orgs/demo/digest");
  await expect(
    page.getByRole("form", { name: "Digest setting" }).getByLabel("Send me the digest"),
  ).toHaveValue("OFF");

  // RFC 8058: the mail client's POST (no cookies, no Origin) also works, and repeats harmlessly.
  const post = await request.post(new URL(oneClick!).pathname, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(post.status()).toBe(200);
});

import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUpWithNewOrg } from "./helpers";

const CATCHER = process.env.MAIL_CATCHER_URL;

type TMail = { to: string[]; subject: string; text: string; html: string };

/** Polls the test run's SMTP server (scripts/lib/mail-catcher.ts) for the newest mail to `to`. */
async function latestMail(to: string, subject: RegExp): Promise<TMail> {
  if (!CATCHER) throw new Error("MAIL_CATCHER_URL is not set: run through `npm run test:e2e`");
  let found: TMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (
          await fetch(`${CATCHER}/api/mails?to=${encodeURIComponent(to)}`)
        ).json()) as TMail[];
        found = mails.reverse().find((m) => subject.test(m.subject));
        return Boolean(found);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

async function signOutByClearingCookies(page: Page) {
  await page.context().clearCookies();
}

test("password reset end to end through the real SMTP server", async ({ page }) => {
  const { email } = await signUpWithNewOrg(page, "reset");
  await signOutByClearingCookies(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: fill only once the forgot-password page is there.
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses this address");

  const mail = await latestMail(email, /Reset your Stepwise password/);
  expect(mail.text).toContain("Choose a new password");
  const link = /(http:\/\/\S+\/reset-password\/[\w-]+)/.exec(mail.text)?.[1];
  expect(link).toBeTruthy();
  expect(mail.html).toContain(link!);

  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("my new password 123");
  await page.getByLabel("Repeat the new password").fill("my new password 123");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  // The link is spent.
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "This link does not work any more" })).toBeVisible();

  // The old password no longer works; the new one does.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await signIn(page, email, "my new password 123");
  await expect(page).toHaveURL(/\/orgs/);
});

test("the same answer for an address without an account", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@e2e.stepwise.test`);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses this address");
});

test("an admin removes a member; the member's open session gets a 404 on the next page", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/orgs/demo/members");
  await page.getByLabel("Role", { exact: true }).selectOption("MEMBER");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await page.getByLabel(/Invite link/).inputValue();

  const name = `Leaving Person ${Date.now()}`;
  const member = await (await browser.newContext()).newPage();
  await member.goto(new URL(inviteUrl).pathname);
  await member.getByRole("link", { name: "Create an account" }).click();
  await member.getByLabel("Your name").fill(name);
  await member.getByLabel("Email").fill(`leaver-${Date.now()}@e2e.stepwise.test`);
  await member.getByLabel("Password").fill("a long enough password");
  await member.getByRole("button", { name: "Create account" }).click();
  await member.waitForURL(/\/orgs\/demo$/);
  await member.goto("/orgs/demo/teams");
  await expect(member.getByRole("heading", { level: 1 })).toBeVisible();

  // The invite list shows the used invite with its creator.
  await page.goto("/orgs/demo/members");
  await expect(page.getByRole("list", { name: "Invites" }).getByText("used").first()).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: "Remove…" }).click();
  await row.getByRole("button", { name: `Remove ${name} from the organization` }).click();
  // The row leaves the list as soon as the removal is saved (the page revalidates).
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);

  // The member's session is still open in their browser; their next request is refused.
  const response = await member.goto("/orgs/demo/teams");
  expect(response?.status()).toBe(404);
  const api = await member.request.get("/api/orgs/demo/assessments/anything/answers");
  expect(api.status()).toBe(404);
});

test("an admin revokes an invite and the link stops working", async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/orgs/demo/members");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await page.getByLabel(/Invite link/).inputValue();
  await page.reload();
  const pendingItems = page
    .getByRole("list", { name: "Invites" })
    .getByRole("listitem")
    .filter({ hasText: "pending" });
  const before = await pendingItems.count();
  expect(before).toBeGreaterThan(0);
  await pendingItems.first().getByRole("button", { name: "Revoke" }).click();
  // The revoked invite leaves the pending ones once the page revalidates.
  await expect(pendingItems).toHaveCount(before - 1);

  const other = await (await browser.newContext()).newPage();
  await other.goto(new URL(inviteUrl).pathname);
  await expect(other.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();
});

import { expect, test, type Browser } from "@playwright/test";
import { DEMO, signIn, signUpWithNewOrg, sameOrigin } from "./helpers";

/** A submitted demo assessment's id and title, read as the demo lead. */
async function demoAssessment(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.lead);
  await page.goto("/orgs/demo/teams");
  await page.getByRole("link", { name: /Checkout/ }).click();
  const link = page.getByRole("link", { name: /Checkout · follow-up/ });
  const href = (await link.getAttribute("href"))!;
  const title = (await link.textContent())!.trim();
  await context.close();
  return { id: href.split("/")[4]!, title, teamId: new URL(page.url()).pathname.split("/")[4]! };
}

test("a user of another organization gets 404 for the demo org's assessment, team and API, and sees nothing of it", async ({
  browser,
  page,
}) => {
  const foreign = await demoAssessment(browser);
  const { orgSlug } = await signUpWithNewOrg(page, "outsider");

  const paths = [
    `/orgs/demo/assessments/${foreign.id}/results`,
    `/orgs/demo/assessments/${foreign.id}`,
    `/orgs/demo/teams/${foreign.teamId}`,
    `/orgs/demo`,
    `/orgs/${orgSlug}/assessments/${foreign.id}/results`,
    `/orgs/${orgSlug}/assessments/${foreign.id}`,
    `/orgs/${orgSlug}/teams/${foreign.teamId}`,
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText(foreign.title)).toHaveCount(0);
  }

  for (const slug of ["demo", orgSlug]) {
    const api = `/api/orgs/${slug}/assessments/${foreign.id}/answers`;
    const get = await page.request.get(api);
    expect(get.status()).toBe(404);
    const put = await page.request.put(api, {
      headers: sameOrigin(api),
      data: { questionId: "investment-1", level: 1 },
    });
    expect(put.status()).toBe(404);
    expect(await put.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  }
});

test("signed-out visitors are sent to sign in, and back afterwards", async ({ page }) => {
  await page.goto("/orgs/demo/teams");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(DEMO.exec);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.getByLabel("Password").fill("stepwise-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/orgs\/demo/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await page.goto("/orgs/demo");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated wrong passwords lock sign-in for that email for a while", async ({ page, browser }) => {
  const { email } = await signUpWithNewOrg(await (await browser.newContext()).newPage(), "guessed");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  }
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByText(/Too many sign-in attempts for this email\. Try again in 15 minutes\./),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

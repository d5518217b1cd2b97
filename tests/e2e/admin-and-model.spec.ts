import { expect, test } from "@playwright/test";
import { DEMO, signIn, openTeamFromList, followOrgNavLink } from "./helpers";

test("an admin creates a team and an invite link; the invitee signs up through it and joins the team", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  const teamName = `Enablement ${Date.now()}`;
  await page.goto("/orgs/demo/teams");
  await page.getByLabel("Team name").fill(teamName);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("status")).toContainText(`Team "${teamName}" created.`);
  await expect(page.getByRole("link", { name: new RegExp(teamName) })).toBeVisible();

  await page.getByLabel("Team name").fill(teamName);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("is already used by another team")).toBeVisible();

  await page.goto("/orgs/demo/members");
  await page.getByLabel("Role", { exact: true }).selectOption("LEAD");
  await page.getByLabel("Team (optional)").selectOption({ label: teamName });
  await page.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await page.getByLabel(/Invite link/).inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{32}$/);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(inviteUrl).pathname);
  await expect(invitee.getByRole("heading", { name: /Join Acme Platform Co/ })).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account" }).click();
  const email = `invitee-${Date.now()}@e2e.stepwise.test`;
  await invitee.getByLabel("Your name").fill("Ivy Invitee");
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill("a long enough password");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await invitee.waitForURL(/\/orgs\/demo$/);
  await invitee.goto("/orgs/demo/teams");
  await invitee.getByRole("link", { name: new RegExp(teamName) }).click();
  await expect(invitee.locator("#main").getByText("Ivy Invitee")).toBeVisible();
  await expect(invitee.getByRole("button", { name: "Start assessment" })).toBeVisible();

  // The link is single use.
  const again = await (await browser.newContext()).newPage();
  await again.goto(new URL(inviteUrl).pathname);
  await expect(again.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();
});

test("the model grid shows 5 aspects × 4 levels and each cell opens its detail", async ({ page }) => {
  await signIn(page, DEMO.exec);
  await followOrgNavLink(page, "Model");
  await expect(
    page.getByRole("heading", { level: 1, name: /CNCF Platform Engineering Maturity Model/ }),
  ).toBeVisible();
  for (const aspect of ["Investment", "Adoption", "Interfaces", "Operations", "Measurement"]) {
    await expect(page.getByRole("rowheader", { name: new RegExp(aspect) })).toBeVisible();
  }
  for (const level of ["Provisional", "Operational", "Scalable", "Optimizing"]) {
    await expect(page.getByRole("columnheader", { name: new RegExp(level) })).toBeVisible();
  }
  await expect(page.getByText(/Apache-2\.0/)).toBeVisible();
  await page.getByRole("link", { name: /Interfaces, level 4: Integrated services/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Interfaces: Integrated services" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Characteristics" })).toBeVisible();
  await page.getByRole("link", { name: /Level 3:/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Interfaces: Self-service solutions" }),
  ).toBeVisible();
  // An executive (viewer) cannot start assessments.
  await page.goto("/orgs/demo/teams");
  await openTeamFromList(page, "Payments");
  await expect(page.getByRole("button", { name: "Start assessment" })).toHaveCount(0);
});

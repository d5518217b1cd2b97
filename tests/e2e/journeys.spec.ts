import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

/** Opens a team page from the Teams list (whose layout another feature owns: go by the link's href). */
async function openTeam(page: Page, name: string) {
  await page
    .getByRole("navigation", { name: /navigation/ })
    .getByRole("link", { name: "Teams" })
    .click();
  await page.waitForURL(/\/teams$/);
  const href = await page
    .locator('a[href*="/teams/"]')
    .filter({ hasText: new RegExp(`^${name}`) })
    .first()
    .getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

const TARGETS: Record<string, string> = {
  Investment: "L3 · Scalable",
  Adoption: "L3 · Scalable",
  Interfaces: "L2 · Operational",
  Operations: "L4 · Optimizing",
  Measurement: "L2 · Operational",
};

test("a team lead sets targets on a journey, sees the gap and the timeline, and edits it", async ({
  page,
}) => {
  await signIn(page, DEMO.lead);
  await openTeam(page, "Payments");
  await expect(page.getByRole("heading", { name: "Active journey" })).toBeVisible();
  // Each click is a client navigation that returns before the next page is there. The team page has a
  // "New journey" link too (while there is no active journey) and a "Title" field of its own (start an
  // assessment): wait for each page, or the title goes into the team page's form.
  await page.getByRole("link", { name: "Journeys", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journeys" })).toBeVisible();
  await page.getByRole("link", { name: "New journey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New journey for Payments" })).toBeVisible();

  await page.getByLabel("Title").fill("Payments platform journey");
  await page.getByLabel("Goal").fill("Onboard 20 teams within 20 months and enforce 8 security regulations.");
  await page
    .getByLabel("Constraints")
    .fill("Dedicated, centrally funded team\nNo downtime during peak season");
  await page.getByLabel("Starts on").fill("2026-01-01");
  await page.getByLabel("Ends on").fill("2025-12-31");
  for (const [aspect, level] of Object.entries(TARGETS))
    await page.getByLabel(aspect, { exact: true }).selectOption({ label: level });
  await page.getByRole("button", { name: "Create journey" }).click();
  // Bad time frame: the message shows and the typed values stay.
  await expect(page.getByText("The end date must not be before the start date")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Payments platform journey");
  await page.getByLabel("Ends on").fill("2027-08-31");
  await page.getByRole("button", { name: "Create journey" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Payments platform journey" })).toBeVisible();
  await expect(page.getByText("No downtime during peak season")).toBeVisible();
  const investment = page.getByRole("row", { name: /^Investment/ });
  await expect(investment).toContainText("L3 · Scalable");
  await expect(investment).toContainText(/level(s)? to go|Target reached|Above target/);
  await expect(page.getByRole("row", { name: /^Operations/ })).toContainText("L4 · Optimizing");
  await expect(page.getByRole("link", { name: /^L\d: / }).first()).toHaveAttribute(
    "href",
    /\/models\/cncf-platform-engineering\/1\/[a-z]+\/\d$/,
  );

  await expect(page.getByRole("list", { name: "Milestones" }).getByRole("listitem")).not.toHaveCount(0);
  await expect(
    page.getByRole("img", { name: /Investment over \d+ assessment.*target level 3/ }),
  ).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator(".recharts-reference-line").first()).toBeAttached();
  await expect(page.getByTestId("journey-revision")).toHaveCount(1);

  await page.getByRole("link", { name: "Edit journey" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Payments platform journey");
  await expect(page.getByLabel("Investment", { exact: true })).toHaveValue("3");
  await page.getByLabel("Investment", { exact: true }).selectOption({ label: "L4 · Optimizing" });
  await page.getByLabel("Measurement", { exact: true }).selectOption({ label: "No target" });
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Payments platform journey" })).toBeVisible();
  await expect(page.getByTestId("journey-revision")).toHaveCount(2);
  await expect(page.getByTestId("journey-revision").first()).toContainText(
    "Investment target L3 Scalable → L4 Optimizing",
  );
  await expect(page.getByTestId("journey-revision").first()).toContainText("Measurement target removed");
  await expect(page.getByRole("row", { name: /^Measurement/ })).toContainText("No target");

  // The team page shows it as the active journey.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Payments" }).click();
  await expect(page.getByRole("link", { name: "Payments platform journey" })).toBeVisible();
});

test("members read journeys but cannot edit them; foreign journey ids are 404", async ({ page }) => {
  await signIn(page, DEMO.member);
  await openTeam(page, "Payments");
  await page.getByRole("link", { name: "Journeys", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journeys" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New journey" })).toHaveCount(0);
  const newUrl = `${page.url()}/new`;
  const response = await page.goto(newUrl);
  expect(response?.status()).toBe(404);
  const foreign = await page.goto(page.url().replace(/\/new$/, "/not-a-journey-id"));
  expect(foreign?.status()).toBe(404);
});

test("a stale edit shows the conflict and the latest values instead of overwriting", async ({
  page,
  context,
}) => {
  await signIn(page, DEMO.lead);
  await openTeam(page, "Payments");
  await page.goto(`${page.url()}/journeys/new`);
  await page.getByLabel("Title").fill("Conflict journey");
  await page.getByLabel("Goal").fill("Two people edit at once.");
  await page.getByRole("button", { name: "Create journey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Conflict journey" })).toBeVisible();
  const editUrl = `${page.url()}/edit`;

  const other = await context.newPage();
  await other.goto(editUrl);
  await page.goto(editUrl);
  await other.getByLabel("Title").fill("Saved by the other tab");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Saved by the other tab" })).toBeVisible();

  await page.getByLabel("Goal").fill("My stale change.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Someone else changed this journey" }),
  ).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Saved by the other tab");
  await expect(page.getByLabel("Goal")).toHaveValue("Two people edit at once.");
});

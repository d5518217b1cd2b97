import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

const SHOTS = process.env.SCREENSHOT_DIR;

test("the COE journey shows the outcome forecast; a facilitator records a check-in and a team's regulation", async ({
  page,
}) => {
  await signIn(page, DEMO.facilitator);
  const orgSlug = "demo";
  await page.goto(`/orgs/${orgSlug}/journeys`);
  await page.getByRole("link", { name: "Platform centre of excellence" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Platform centre of excellence" })).toBeVisible();

  const outcomes = page.getByRole("list", { name: "Outcome goals" });
  await expect(outcomes.getByRole("listitem").filter({ hasText: "Teams onboarded" })).toContainText(
    /14 of 20 teams; forecast .+ \(deadline/,
  );
  await expect(outcomes.getByRole("listitem").filter({ hasText: "Teams onboarded" })).toContainText(
    "On track",
  );
  await expect(outcomes.getByRole("listitem").filter({ hasText: "Security regulations" })).toContainText(
    "3 of 8 regulations",
  );

  await outcomes.getByRole("link", { name: "Teams onboarded" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teams onboarded" })).toBeVisible();
  await expect(page.getByTestId("outcome-forecast")).not.toHaveText("None");
  await expect(page.getByRole("img", { name: /Teams onboarded: 14 of 20 teams; forecast/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Check-ins of Teams onboarded/ }).getByRole("row"),
  ).toHaveCount(13);
  if (SHOTS) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/outcome-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  // A check-in in the future is refused with a clear message; the typed value stays.
  const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Value (teams)").fill("15");
  await page.getByLabel("Date", { exact: true }).fill(future);
  await page.getByLabel("Note").fill("Identity joined");
  await page.getByRole("button", { name: "Record check-in" }).click();
  await expect(page.getByText("A check-in can't be dated in the future.")).toBeVisible();
  await expect(page.getByLabel("Note")).toHaveValue("Identity joined");
  await page.getByLabel("Date", { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Record check-in" }).click();
  await expect(page.getByText("Check-in recorded.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Identity joined" })).toBeVisible();

  // The regulations checklist and its teams × requirements matrix.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").last().click();
  await page.getByRole("link", { name: "Security regulations enforced" }).click();
  await expect(page.getByRole("heading", { name: "Requirements: 3 of 8 done" })).toBeVisible();
  const matrix = page.getByRole("table", { name: /each per-team requirement for each team/ });
  await expect(matrix.getByRole("row", { name: /^Identity/ })).toContainText("Not started");
  await page.getByText("Set a team's status").click();
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Identity" });
  await page.getByLabel("Status", { exact: true }).last().selectOption({ label: "Done" });
  await page.getByRole("button", { name: "Save team status" }).click();
  await expect(matrix.getByRole("row", { name: /^Identity/ })).toContainText("Done");
  if (SHOTS) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/checklist-${width}.png`, fullPage: true });
    }
  }
});

test("a team lead adds an outcome to their journey; bad input is refused and nothing typed is lost", async ({
  page,
}) => {
  await signIn(page, DEMO.lead);
  const orgSlug = "demo";
  await page.goto(`/orgs/${orgSlug}/teams`);
  const href = await page
    .locator("main a[href*='/teams/']")
    .filter({ hasText: /^\s*Payments/ })
    .first()
    .getAttribute("href");
  await page.goto(`${href}/journeys/new`);
  await page.getByLabel("Title").fill(`Outcome journey ${Date.now()}`);
  await page.getByLabel("Goal").fill("Cut lead time");
  await page.getByRole("button", { name: "Create journey" }).click();
  await expect(page.getByRole("heading", { name: "Outcome goals" })).toBeVisible();

  await page.getByText("Add an outcome goal").click();
  await page.locator("#new-outcome-name").fill("Lead time (days)");
  await page.locator("#new-outcome-unit").fill("days");
  await page.locator("#new-outcome-baseline").fill("10");
  await page.locator("#new-outcome-baselineOn").fill("2026-01-01");
  await page.locator("#new-outcome-target").fill("10");
  await page.locator("#new-outcome-deadline").fill("2025-06-30");
  await page.getByRole("button", { name: "Add outcome" }).click();
  await expect(page.getByText("The deadline must be after the baseline date")).toBeVisible();
  await expect(page.getByText("The target must differ from the baseline")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue("Lead time (days)");
  await page.locator("#new-outcome-target").fill("2");
  await page.locator("#new-outcome-deadline").fill("2027-06-30");
  await page.getByRole("button", { name: "Add outcome" }).click();
  await expect(page.getByRole("link", { name: "Lead time (days)" })).toBeVisible();
  await page.getByRole("link", { name: "Lead time (days)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lead time (days)" })).toBeVisible();
  await expect(page.getByText(/10 on .* → 2 days by/)).toBeVisible();
});

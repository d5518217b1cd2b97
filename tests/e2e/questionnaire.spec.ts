import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUpWithNewOrg, waitForAllSaved, openTeamFromList } from "./helpers";

// Level chosen for every question of each aspect; Measurement gets a mix to exercise the mean.
const PLAN: Record<string, number[] | number> = {
  Investment: 1,
  Adoption: 2,
  Interfaces: 3,
  Operations: 4,
  Measurement: [2, 3, 3, 0, 4],
};
const EXPECTED = {
  Investment: "L1 · Provisional",
  Adoption: "L2 · Operational",
  Interfaces: "L3 · Scalable",
  Operations: "L4 · Optimizing",
  Measurement: "L3 · Scalable",
};

test("a team lead answers the whole questionnaire with autosave, reloads mid-way, submits and sees the results", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.lead);
  await page
    .getByRole("navigation", { name: /navigation/ })
    .getByRole("link", { name: "Teams" })
    .click();
  await openTeamFromList(page, "Payments");
  await page.getByLabel("Title (optional)").fill("E2E journey");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E journey" })).toBeVisible();

  const aspects = Object.keys(PLAN);
  for (const [index, aspect] of aspects.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: aspect })).toBeVisible();
    const groups = page.getByRole("group", { name: /^Question \d+:/ });
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let q = 0; q < count; q += 1) {
      const plan = PLAN[aspect]!;
      const level = Array.isArray(plan) ? (plan[q] ?? 2) : plan;
      // level 0 = "Not sure", the fifth choice
      await groups
        .nth(q)
        .getByRole("radio")
        .nth(level === 0 ? 4 : level - 1)
        .check();
    }
    await waitForAllSaved(page);

    if (aspect === "Adoption") {
      await page.reload();
      await expect(page.getByRole("heading", { level: 2, name: "Adoption" })).toBeVisible();
      const reloaded = page.getByRole("group", { name: /^Question \d+:/ });
      for (let q = 0; q < (await reloaded.count()); q += 1) {
        await expect(reloaded.nth(q).getByRole("radio").nth(1)).toBeChecked();
      }
      await page.getByRole("button", { name: /^Investment/ }).click();
      await expect(
        page
          .getByRole("group", { name: /^Question 1:/ })
          .getByRole("radio")
          .nth(0),
      ).toBeChecked();
      await page.getByRole("button", { name: /^Adoption/ }).click();
    }
    if (index < aspects.length - 1)
      await page.getByRole("button", { name: `Next: ${aspects[index + 1]} →` }).click();
  }

  // A note on one question autosaves too.
  const first = page.getByRole("group", { name: /^Question 1:/ });
  await first.getByText("Notes and evidence").click();
  await first.getByLabel("Notes (optional)").fill("Quarterly survey since 2025");
  await waitForAllSaved(page);

  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.waitForURL(/\/results$/);
  await expect(page.getByText("read-only snapshot")).toBeVisible();
  await expect(page.getByRole("img", { name: /Radar chart of aspect scores/ })).toBeVisible();
  for (const [aspect, level] of Object.entries(EXPECTED)) {
    await expect(page.getByRole("row", { name: new RegExp(`^${aspect}`) }).first()).toContainText(level);
  }
  await page.getByText("Why Scalable?").last().click();
  await expect(page.getByText("Mean of 4 answered questions: (2 + 3 + 3 + 4) / 4 = 3.00.")).toBeVisible();
  await expect(page.getByText("1 question marked not sure is left out of the mean.")).toBeVisible();

  // The snapshot is read-only: the questionnaire URL now leads to the results.
  const resultsUrl = new URL(page.url()).pathname;
  await page.goto(resultsUrl.replace(/\/results$/, ""));
  await expect(page).toHaveURL(/\/results$/);

  // Someone from another organization cannot open it, under either organization's address.
  const outsider = await (await browser.newContext()).newPage();
  const { orgSlug } = await signUpWithNewOrg(outsider, "other-org");
  for (const path of [resultsUrl, resultsUrl.replace("/orgs/demo/", `/orgs/${orgSlug}/`)]) {
    const response = await outsider.goto(path);
    expect(response?.status()).toBe(404);
    await expect(outsider.getByText("E2E journey")).toHaveCount(0);
  }
});

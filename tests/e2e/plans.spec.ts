import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, sameOrigin } from "./helpers";

const ASPECTS = ["Investment", "Adoption", "Interfaces", "Operations", "Measurement"];

/** Opens a team page from the Teams list (by the link's href: another feature owns that layout). */
async function openTeam(page: Page, name: string) {
  await page.goto("/orgs/demo/teams");
  const href = await page
    .locator('a[href*="/teams/"]')
    .filter({ hasText: new RegExp(`^${name}`) })
    .first()
    .getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}

test("a lead generates a plan from the gap, assigns two steps, finishes one, closes the iteration, re-assesses and sees the movement", async ({
  page,
}) => {
  await signIn(page, DEMO.lead);
  const teamUrl = await openTeam(page, "Payments");
  await page.goto(`${teamUrl}/journeys/new`);
  await page.getByLabel("Title").fill("Plan e2e journey");
  await page.getByLabel("Goal").fill("Reach Optimizing, one baby step at a time.");
  for (const aspect of ASPECTS)
    await page.getByLabel(aspect, { exact: true }).selectOption({ label: "L4 · Optimizing" });
  await page.getByRole("button", { name: "Create journey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan e2e journey" })).toBeVisible();

  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan: Plan e2e journey" })).toBeVisible();
  const planUrl = page.url();
  await expect(page.getByText("This plan has no steps yet.")).toBeVisible();

  // An iteration, then steps from the gap into it.
  await page.getByRole("link", { name: "Iterations & burn-up" }).click();
  await page.getByLabel("Iteration name").fill("Sprint A");
  await page.getByRole("button", { name: "Open iteration" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Iteration "Sprint A" opened.' })).toBeVisible();
  await page.getByRole("link", { name: "Suggestions from the gap" }).click();
  await page.waitForURL(/\/suggestions$/);
  await expect(page.getByRole("heading", { name: "Suggested steps" })).toBeVisible();
  const boxes = page.getByRole("checkbox");
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i += 1) await boxes.nth(i).setChecked(i < 2);
  await expect(page.getByLabel("Add to iteration")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Add selected steps" }).click();
  await page.waitForURL(planUrl);
  const cards = page.getByTestId("plan-card");
  await expect(cards).toHaveCount(2);
  const titles = [
    (await cards.nth(0).getByRole("heading").textContent())!.trim(),
    (await cards.nth(1).getByRole("heading").textContent())!.trim(),
  ];

  // Assign both.
  for (const [i, owner] of ["Lee Lead", "Max Member"].entries()) {
    await page.getByRole("link", { name: titles[i], exact: true }).click();
    await page.waitForURL(/\/steps\/[^/]+$/);
    await page.getByLabel("Owner", { exact: true }).selectOption({ label: owner });
    await page.getByRole("button", { name: "Save step" }).click();
    await page.waitForURL(planUrl);
    await expect(page.getByTestId("plan-card").filter({ hasText: titles[i] })).toContainText(
      `Owner: ${owner}`,
    );
  }

  // Move the first to Done with the keyboard: the status select, Tab to "Move", Enter.
  const status = page.getByLabel(`Status of "${titles[0]}"`);
  await status.focus();
  await status.selectOption("DONE");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Move "${titles[0]}" to the chosen status` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Done steps" })).toContainText(titles[0]!);
  await expect(page.getByTestId("board-summary")).toContainText("1 of 2 steps done");

  // Close the iteration, carrying the unfinished step into the next one.
  await page.getByRole("link", { name: "Iterations & burn-up" }).click();
  await page.getByText("Close this iteration…").click();
  await expect(page.getByLabel(/Carry the 1 unfinished step/)).toBeChecked();
  await page.getByRole("button", { name: "Close Sprint A" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sprint A closed" })).toContainText(
    "1 unfinished step carried over",
  );
  await expect(page.getByRole("list", { name: "Steps done in this iteration" })).toContainText(titles[0]!);
  await expect(page.getByRole("link", { name: "Re-assess the team" })).toBeVisible();
  const iterationsUrl = page.url();

  // Re-assess: every aspect answered at level 4, then submitted.
  await page.goto(teamUrl);
  await page.getByLabel("Title (optional)").fill("Plan e2e re-assessment");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  const assessmentId = new URL(page.url()).pathname.split("/")[4]!;
  for (const aspect of ASPECTS) {
    for (let q = 1; q <= 4; q += 1) {
      const res = await page.request.put(`/api/orgs/demo/assessments/${assessmentId}/answers`, {
        headers: sameOrigin(`/api/orgs/demo/assessments/${assessmentId}/answers`),
        data: { questionId: `${aspect.toLowerCase()}-${q}`, level: 4 },
      });
      expect(res.status()).toBe(200);
    }
  }
  await page.reload();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await page.waitForURL(/\/results$/);

  // The plan shows what moved.
  await page.goto(iterationsUrl);
  const movement = page.getByRole("table", { name: "Level change per aspect" });
  await expect(movement.getByRole("row", { name: /^Investment/ })).toContainText("L4 · Optimizing");
  await expect(movement.getByText(/^up \d levels?$/).first()).toBeVisible();
  await expect(page.getByRole("img", { name: /Burn-up chart.*Sprint A: 1 of 2 done/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Iteration 2/ })).toBeVisible();

  // Exports.
  const csv = await page.request.get(`${planUrl}/export?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(
    /attachment; filename="payments-plan-\d{4}-\d{2}-\d{2}\.csv"/,
  );
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe(
    "Title,Aspect,Level,Characteristic,Owner,Owner email,Due date,Status,Iteration,Priority,Notes,Step ID",
  );
  expect(text).toContain("lead@demo.stepwise.test");
  const md = await page.request.get(`${planUrl}/export?format=md`);
  expect(md.headers()["content-type"]).toContain("text/markdown");
  expect(await md.text()).toContain("# Plan: Plan e2e journey");
  expect((await page.request.get(`${planUrl}/export?format=xls`)).status()).toBe(400);
});

test("viewers read a plan without controls; two people editing one step get a conflict, not an overwrite", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  const teamUrl = await openTeam(page, "Checkout");
  await page.goto(`${teamUrl}/journeys`);
  await page.getByRole("link", { name: "Scale the platform centre of excellence" }).first().click();
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await page.waitForURL(/\/plan$/);
  const planUrl = page.url();
  await expect(page.getByTestId("plan-card").first()).toBeVisible();
  await expect(page.getByText(/^Overdue:/).first()).toBeVisible();

  const firstLink = page.getByTestId("plan-card").first().getByRole("link");
  const editUrl = new URL((await firstLink.getAttribute("href"))!, planUrl).toString();
  const other = await page.context().newPage();
  await other.goto(editUrl);
  await page.goto(editUrl);
  await other.getByLabel("Title", { exact: true }).fill("Saved by the other tab");
  await other.getByRole("button", { name: "Save step" }).click();
  await other.waitForURL(planUrl);
  await page.getByLabel("Notes", { exact: true }).fill("My stale note");
  await page.getByRole("button", { name: "Save step" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this step" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Saved by the other tab");
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save step" }).click();
  await expect(page.getByText("Give the step a title")).toBeVisible();

  const exec = await (await browser.newContext()).newPage();
  await signIn(exec, DEMO.exec);
  await exec.goto(planUrl);
  await expect(exec.getByText("You can read this plan.")).toBeVisible();
  await expect(exec.getByRole("button", { name: /^Move / })).toHaveCount(0);
  await expect(exec.getByRole("link", { name: "Add step" })).toHaveCount(0);
  expect((await exec.goto(editUrl))?.status()).toBe(404);
  await exec.goto("/orgs/demo");
  await expect(
    exec.getByRole("table", { name: "Plan progress per team" }).getByRole("row", { name: /^Checkout/ }),
  ).toBeVisible();
});

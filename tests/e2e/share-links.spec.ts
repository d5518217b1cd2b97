import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("a lead shares a team's results; the link opens signed out, read-only and noindex, then dies on revoke", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.lead);
  await page.goto("/orgs/demo");
  await page
    .getByRole("table", { name: /Heatmap of teams by aspect/ })
    .getByRole("row", { name: /^Payments/ })
    .getByRole("link", { name: /^Investment: / })
    .click();
  await page.waitForURL(/\/assessments\/[^/]+\/results$/);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByText("Share these results").click();
  await page.getByLabel("Expires").selectOption("7");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/share\/sws_[A-Za-z0-9_-]{43}$/);
  const path = new URL(url).pathname;

  const visitor = await browser.newContext();
  const shared = await visitor.newPage();
  const response = await shared.goto(path);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(shared.getByRole("heading", { level: 1, name: `Payments: ${title}` })).toBeVisible();
  await expect(shared.getByRole("table", { name: /Level per aspect/ })).toBeVisible();
  await expect(shared.getByRole("img", { name: /Radar chart of aspect scores/ })).toBeVisible();
  // Nothing of the app: no navigation, no links at all, no other team.
  await expect(shared.getByRole("navigation")).toHaveCount(0);
  await expect(shared.locator("main a")).toHaveCount(0);
  await expect(shared.getByText("Checkout")).toHaveCount(0);
  await shared.screenshot({ path: "test-results/share-results.png", fullPage: true });

  await page.goto("/orgs/demo/share-links");
  const row = page.getByRole("row", {
    name: new RegExp(`Payments: ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  });
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");
  await row.getByRole("button", { name: /^Revoke the link to / }).click();
  await expect(row.getByText("revoked")).toBeVisible();

  const dead = await shared.goto(path);
  expect(dead?.status()).toBe(404);
  await expect(shared.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await visitor.close();
});

test("an admin shares the filtered overview behind a passcode; the visitor needs it", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/orgs/demo?group=Core+Platform");
  await page.getByText("Share this overview").click();
  await page.getByLabel("Passcode (optional)").fill("board-meeting");
  await page.getByRole("button", { name: "Create link" }).click();
  const path = new URL(await page.getByTestId("share-url").inputValue()).pathname;

  const visitor = await browser.newContext();
  const shared = await visitor.newPage();
  await shared.goto(path);
  await expect(shared.getByRole("heading", { name: "Enter the passcode" })).toBeVisible();
  await expect(shared.getByRole("table")).toHaveCount(0);
  await shared.getByRole("form", { name: "Passcode" }).getByLabel("Passcode").fill("wrong-passcode");
  await shared.getByRole("button", { name: "Open the report" }).click();
  await expect(shared.getByText("That passcode is not right.")).toBeVisible();
  await shared.getByRole("form", { name: "Passcode" }).getByLabel("Passcode").fill("board-meeting");
  await shared.getByRole("button", { name: "Open the report" }).click();
  const heatmap = shared.getByRole("table", { name: /Heatmap of teams by aspect/ });
  await expect(heatmap).toBeVisible();
  await expect(shared.getByText("Core Platform", { exact: false }).first()).toBeVisible();
  await expect(heatmap.getByRole("rowheader", { name: /Identity/ })).toBeVisible();
  await expect(heatmap.getByRole("rowheader", { name: /Payments/ })).toHaveCount(0);
  await expect(heatmap.getByRole("link")).toHaveCount(0);
  await shared.screenshot({ path: "test-results/share-overview.png", fullPage: true });
  await visitor.close();
});

import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("an executive sees the heatmap, filters by a group, drills into a team and opens the trends", async ({
  page,
}) => {
  await signIn(page, DEMO.exec);
  await page.goto("/orgs/demo");
  const heatmap = page.getByRole("table", { name: /Heatmap of teams by aspect/ });
  await expect(heatmap).toBeVisible();
  // The level is written in every cell, not only shown as a colour.
  const cell = heatmap
    .getByRole("row", { name: /^Checkout/ })
    .getByRole("link", { name: /^Investment: L[1-4] (Provisional|Operational|Scalable|Optimizing)/ });
  await expect(cell).toBeVisible();
  await expect(cell).toContainText(/L[1-4]\s*(Provisional|Operational|Scalable|Optimizing)/);
  await expect(heatmap.getByRole("rowheader", { name: /Payments/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Stacked bar chart of teams per level/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /median level against the median target/ })).toBeVisible();

  await page.getByLabel("Team group").selectOption("Core Platform");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]group=Core\+Platform/);
  await expect(heatmap.getByRole("rowheader", { name: /Data Platform/ })).toBeVisible();
  await expect(heatmap.getByRole("rowheader", { name: /Identity/ })).toBeVisible();
  await expect(heatmap.getByRole("rowheader", { name: /Payments/ })).toHaveCount(0);
  // Sorting keeps the filter in the URL.
  await page.getByRole("link", { name: "lowest level first" }).click();
  await expect(page).toHaveURL(/group=Core\+Platform.*sort=level|sort=level.*group=Core\+Platform/);

  await heatmap
    .getByRole("row", { name: /^Data Platform/ })
    .getByRole("link", { name: /^Operations: / })
    .click();
  await page.waitForURL(/\/assessments\/[^/]+\/results$/);
  await expect(page.getByRole("heading", { level: 1, name: "Data Platform · follow-up" })).toBeVisible();

  await page
    .getByRole("navigation", { name: /navigation/ })
    .getByRole("link", { name: "Trends" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Trends" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Line chart of the organization's median score/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("img", { name: /Line chart of the organization.s median score/ })
      .locator("path")
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Movement since the previous quarter" })).toBeVisible();
});

test("invalid dashboard filters in the URL are ignored with a note, not an error", async ({ page }) => {
  await signIn(page, DEMO.exec);
  const response = await page.goto("/orgs/demo?from=2026-13-45&model=nope&stale=abc&page=-1");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Ignored the from date" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Heatmap of teams by aspect/ })).toBeVisible();
  const trends = await page.goto("/orgs/demo/trends?group=Nobody&to=yesterday");
  expect(trends?.status()).toBe(200);
  await expect(page.getByText('There is no team group called "Nobody"')).toBeVisible();
});

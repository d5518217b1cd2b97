import { expect, test } from "@playwright/test";
import { DEMO, signIn, openTeamFromList, sameOrigin } from "./helpers";

/**
 * Scale-out proof: two `next start` processes (playwright.config.ts starts them on E2E_PORT and
 * E2E_PORT+1) share one PostgreSQL and nothing else. A session made on one works on the other, answers
 * autosaved on either are read back from the other, and both serve the same dashboard.
 */
const A = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
const B = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test("sessions, autosave and dashboards work across two instances", async ({ page }) => {
  await signIn(page, DEMO.lead); // on instance A (baseURL)

  // The JWT session cookie made by A is accepted by B (same secret, no server-side session state).
  await page.goto(`${B}/orgs/demo/teams`);
  await expect(page).toHaveURL(`${B}/orgs/demo/teams`);
  await openTeamFromList(page, "Payments");
  await page.getByRole("button", { name: "Start assessment" }).click();
  await page.waitForURL(new RegExp(`^${B}/orgs/demo/assessments/[^/?]+`));
  const assessmentId = new URL(page.url()).pathname.split("/")[4]!;
  const api = (host: string) => `${host}/api/orgs/demo/assessments/${assessmentId}/answers`;

  // Autosave alternating between the instances, each read back from the other one.
  const rounds: Array<[string, string, number]> = [
    [B, A, 2],
    [A, B, 3],
    [B, A, 4],
  ];
  for (const [writer, reader, level] of rounds) {
    const saved = await page.request.put(api(writer), {
      headers: sameOrigin(api(writer)),
      data: { questionId: "investment-1", level, notes: `from ${writer}` },
    });
    expect(saved.status()).toBe(200);
    const read = await (await page.request.get(api(reader))).json();
    expect(read.answers).toEqual([
      expect.objectContaining({ questionId: "investment-1", level, notes: `from ${writer}` }),
    ]);
  }

  // The questionnaire page on A shows what was saved through B.
  await page.goto(`${A}/orgs/demo/assessments/${assessmentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Both instances render the same organization dashboard (same team links, same org heading).
  const dashboardOn = async (host: string) => {
    await page.goto(`${host}/orgs/demo`);
    await expect(page.getByRole("heading", { level: 1, name: /Acme Platform Co/ })).toBeVisible();
    // The widgets stream in after the heading: wait until the page has settled before reading links.
    await page.waitForLoadState("networkidle");
    await expect(page.locator('main a[href$="/results"]').first()).toBeVisible();
    await expect(page.locator('main a[href$="/plan"]').first()).toBeVisible();
    const hrefs = await page
      .locator('main a[href*="/orgs/demo/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    return [...new Set(hrefs)].sort();
  };
  const onA = await dashboardOn(A);
  expect(onA.length).toBeGreaterThan(0);
  expect(await dashboardOn(B)).toEqual(onA);

  // Each instance answers its own readiness probe against the shared database.
  for (const host of [A, B]) expect((await page.request.get(`${host}/api/health/ready`)).status()).toBe(200);
});

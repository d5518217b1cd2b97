import { expect, test, type Page } from "@playwright/test";
import { DEMO, openTeamFromList, signIn, waitForAllSaved } from "./helpers";

/**
 * The nonce Content-Security-Policy of proxy.ts (issue 12 #12) in a real browser: every kind of page
 * works under it (hydration, autosave, server-rendered charts, live workshop events over SSE, the
 * Swagger UI reference with its local assets, the SSO form) and the browser reports no violation.
 * Violations are collected twice: the `securitypolicyviolation` DOM event (recorded from the first
 * script of every document) and Chromium's console error.
 */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) logged.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return async () => {
    const events = await page
      .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
      .catch(() => [] as string[]);
    return [...events, ...logged];
  };
}

test("no CSP violation on public pages, the API reference (Swagger UI) and the SSO form", async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const seen: string[] = [];
  for (const path of ["/sign-in", "/sign-up", "/live", "/forgot-password"]) {
    const response = await page.goto(path);
    expect(response!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    // Hydrated: a client-side interaction works (the form's fields are controlled by React).
    await expect(page.locator("main, form").first()).toBeVisible();
    seen.push(...(await violations()));
  }
  await page.goto("/sign-in");
  await page.getByRole("button", { name: /SSO/ }).first().waitFor();
  seen.push(...(await violations()));

  await page.goto("/developers/api");
  // Swagger UI rendered from /developers/api/assets (a script Next loads after hydration, trusted
  // through 'strict-dynamic') and fetched /api/v1/openapi.json.
  await expect(page.locator("[data-testid=api-reference] .swagger-ui").first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(/\/orgs\/\{org\}\/teams/).first()).toBeVisible({ timeout: 20_000 });
  seen.push(...(await violations()));
  expect(seen).toEqual([]);
});

test("no CSP violation while signed in: overview, trends, questionnaire autosave, results, SSO settings", async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const seen: string[] = [];
  await signIn(page, DEMO.admin);
  for (const path of ["/orgs/demo", "/orgs/demo/trends", "/orgs/demo/settings/sso", "/orgs/demo/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    seen.push(...(await violations()));
  }
  // Server-rendered SVG charts of the overview.
  await page.goto("/orgs/demo");
  await expect(page.locator("svg").first()).toBeVisible();

  await page.goto("/orgs/demo/teams");
  await openTeamFromList(page, "Payments");
  await page.getByLabel("Title (optional)").fill(`CSP ${Date.now()}`);
  await page.getByRole("button", { name: "Start assessment" }).click();
  const groups = page.getByRole("group", { name: /^Question \d+:/ });
  await groups.first().getByRole("radio").nth(1).check();
  await waitForAllSaved(page);
  seen.push(...(await violations()));
  expect(seen).toEqual([]);
});

test("no CSP violation in a live workshop: console and participant screen on SSE", async ({ browser }) => {
  const facContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const fac = await facContext.newPage();
  const member = await memberContext.newPage();
  const facViolations = await watchCsp(fac);
  const memberViolations = await watchCsp(member);
  await signIn(fac, DEMO.facilitator);
  await fac.goto("/orgs/demo/teams");
  await openTeamFromList(fac, "Payments");
  await fac.getByRole("link", { name: "Run as live workshop" }).click();
  await fac.getByLabel("Title (optional)").fill(`CSP workshop ${Date.now()}`);
  await fac.getByRole("button", { name: "Create workshop" }).click();
  await fac.waitForURL(/\/orgs\/demo\/workshops\/[^/]+$/);
  const code = (await fac.getByTestId("join-code").textContent())!.trim();

  await signIn(member, DEMO.member);
  await member.goto("/live");
  await member.getByLabel("Workshop code").fill(code);
  await member.getByRole("button", { name: "Join" }).click();
  await member.waitForURL(/\/live\/[^/]+$/);
  await expect(member.getByTestId("connection")).toHaveText("Live");
  await fac.getByRole("button", { name: "Start workshop" }).click();
  await expect(member.getByTestId("question-prompt")).toBeVisible({ timeout: 5_000 });
  expect([...(await facViolations()), ...(await memberViolations())]).toEqual([]);
  await facContext.close();
  await memberContext.close();
});

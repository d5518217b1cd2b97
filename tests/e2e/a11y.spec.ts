import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

/**
 * Accessibility gate: axe-core with the WCAG 2.1 A and AA rules on every main page, for each role's
 * pages, signed out, the questionnaire, results, plan board and both workshop views. A serious or
 * critical violation fails the test, listed with its rule, the page and the first offending elements.
 * Pages are checked at a laptop and a phone width, where the page itself must not scroll sideways.
 */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

// Each test walks many pages at two widths; axe takes a second or two per page.
test.describe.configure({ timeout: 300_000 });

type TFinding = { page: string; rule: string; impact: string; help: string; targets: string[] };

async function audit(page: Page, label: string): Promise<TFinding[]> {
  // Not "networkidle": live pages keep a stream open. Hydration is done once the load event fired.
  await page.waitForLoadState("load");
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const findings = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      page: `${label} @${page.viewportSize()?.width}px`,
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(" ")),
    }));
  // Usable on a phone: the page itself never scrolls sideways (wide tables scroll in their own box).
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth + 1)
    findings.push({
      page: `${label} @${page.viewportSize()?.width}px`,
      rule: "page-overflow",
      impact: "serious",
      help: `the page is ${scrollWidth}px wide in a ${clientWidth}px viewport`,
      targets: [],
    });
  if (findings.length) console.log(report(findings));
  return findings;
}

function report(findings: TFinding[]) {
  return findings
    .map((f) => `${f.page}: [${f.impact}] ${f.rule}: ${f.help}\n    ${f.targets.join("\n    ")}`)
    .join("\n");
}

async function auditAll(
  browser: Browser,
  viewport: (typeof WIDTHS)[number],
  email: string | null,
  paths: (page: Page) => Promise<string[]>,
) {
  const findings: TFinding[] = [];
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (email) await signIn(page, email);
  for (const path of await paths(page)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    findings.push(...(await audit(page, path)));
  }
  await context.close();
  return findings;
}

/** Links found on a page (by role and name), so the gate follows renamed routes without edits. */
async function hrefOf(page: Page, from: string, name: RegExp | string, within = "main") {
  await page.goto(from);
  const link = page.locator(within).getByRole("link", { name }).first();
  const href = await link.getAttribute("href", { timeout: 20_000 });
  if (!href) throw new Error(`no link ${name} on ${from}`);
  return href;
}

for (const viewport of WIDTHS) {
  test(`signed-out pages have no serious or critical axe violations @${viewport.width}px`, async ({
    browser,
  }) => {
    const findings = await auditAll(browser, viewport, null, async () => [
      "/sign-in",
      "/sign-up",
      "/forgot-password",
    ]);
    expect(findings, report(findings)).toEqual([]);
  });
}

for (const viewport of WIDTHS) {
  test(`an executive's dashboards have no serious or critical axe violations @${viewport.width}px`, async ({
    browser,
  }) => {
    const findings = await auditAll(browser, viewport, DEMO.exec, async (page) => {
      const team = await hrefOf(page, "/orgs/demo/teams", /^Payments/);
      const results = await hrefOf(page, "/orgs/demo", /^Operations: /);
      return ["/orgs", "/orgs/demo", "/orgs/demo/trends", "/orgs/demo/teams", team, results];
    });
    expect(findings, report(findings)).toEqual([]);
  });
}

for (const viewport of WIDTHS) {
  test(`a team lead's questionnaire, journey and plan board have no serious or critical axe violations @${viewport.width}px`, async ({
    browser,
  }) => {
    const findings = await auditAll(browser, viewport, DEMO.lead, async (page) => {
      const team = await hrefOf(page, "/orgs/demo/teams", /^Payments/);
      // Checkout carries the demo's active journey with a plan (readable by every member).
      const checkout = await hrefOf(page, "/orgs/demo/teams", /^Checkout/);
      const journeys = await hrefOf(page, checkout, /^Journeys$/);
      const journey = await hrefOf(page, checkout, /^Scale the platform centre of excellence$/);
      const plan = await hrefOf(page, journey, /^Plan$/);
      return [team, journeys, journey, plan, "/orgs/demo/journeys", "/orgs/demo/models", "/account"];
    });
    expect(findings, report(findings)).toEqual([]);
  });
}

test("the questionnaire has no serious or critical axe violations", async ({ browser }) => {
  const findings: TFinding[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.lead);
  const team = await hrefOf(page, "/orgs/demo/teams", /^Payments/);
  await page.goto(team);
  await page.getByLabel("Title (optional)").fill(`a11y ${Date.now()}`);
  await page.getByRole("button", { name: "Start assessment" }).click();
  await page.getByRole("group", { name: /^Question 1:/ }).waitFor();
  const questionnaire = new URL(page.url()).pathname;
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    await page.goto(questionnaire);
    await page.getByRole("group", { name: /^Question 1:/ }).waitFor();
    findings.push(...(await audit(page, "questionnaire")));
  }
  await context.close();
  expect(findings, report(findings)).toEqual([]);
});

for (const viewport of WIDTHS) {
  test(`an admin's pages have no serious or critical axe violations @${viewport.width}px`, async ({
    browser,
  }) => {
    const findings = await auditAll(browser, viewport, DEMO.admin, async (page) => [
      ...[
        "",
        "/members",
        "/audit",
        "/campaigns",
        "/campaigns/new",
        "/workshops",
        "/api-tokens",
        "/webhooks",
        "/share-links",
        "/settings/sso",
        "/models/import",
      ].map((p) => `/orgs/demo${p}`),
      await hrefOf(page, "/orgs/demo/campaigns", /Core Platform quarterly round/),
    ]);
    expect(findings, report(findings)).toEqual([]);
  });
}

test("both views of a live workshop have no serious or critical axe violations", async ({ browser }) => {
  const facContext = await browser.newContext();
  const fac = await facContext.newPage();
  await signIn(fac, DEMO.facilitator);
  await fac.goto("/orgs/demo/teams");
  await fac.goto((await hrefOf(fac, "/orgs/demo/teams", /^Payments/))!);
  await fac.getByRole("link", { name: "Run as live workshop" }).click();
  await expect(fac.getByLabel("Team")).toHaveValue(/.+/);
  await fac.getByLabel("Title (optional)").fill(`a11y workshop ${Date.now()}`);
  await fac.getByRole("button", { name: "Create workshop" }).click();
  await fac.waitForURL(/\/orgs\/demo\/workshops\/[^/]+$/);
  const joinLink = (await fac.getByTestId("join-link").textContent())!.trim();

  const guestContext = await browser.newContext({ viewport: WIDTHS[1] });
  const guest = await guestContext.newPage();
  const findings: TFinding[] = [];
  await guest.goto(joinLink);
  findings.push(...(await audit(guest, "join")));
  await guest.getByLabel("Your name (shown to the group)").fill("Ada Axe");
  await guest.getByRole("button", { name: "Join" }).click();
  await expect(guest.getByText("You are in.")).toBeVisible();
  findings.push(...(await audit(guest, "participant lobby")));
  findings.push(...(await audit(fac, "facilitator lobby")));

  await fac.getByRole("button", { name: "Start workshop" }).click();
  await expect(guest.getByTestId("question-prompt")).toBeVisible();
  await guest.getByRole("button", { name: /L2 / }).click();
  await expect(guest.getByTestId("vote-status")).toContainText("Your vote is in");
  findings.push(...(await audit(guest, "participant voting")));
  await expect(fac.getByTestId("vote-count")).toContainText("1 of 1 voted");
  findings.push(...(await audit(fac, "facilitator voting")));
  await facContext.close();
  await guestContext.close();
  expect(findings, report(findings)).toEqual([]);
});

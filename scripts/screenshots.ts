/**
 * `npx tsx scripts/screenshots.ts [baseUrl]`: signs in as the demo lead and saves PNGs of the main
 * pages (desktop and phone widths) to screenshots/, for looking at what we build.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, resolveBrowser } from "./lib/browser";

const base = process.argv[2] ?? "http://localhost:3000";
const OUT = "screenshots";

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("stepwise-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/orgs\//);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const { executablePath } = await resolveBrowser();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const [label, viewport] of [
    ["desktop", { width: 1366, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport });
    await signIn(page, "lead@demo.stepwise.test");
    const shot = async (name: string) =>
      page.screenshot({ path: `${OUT}/${label}-${name}.png`, fullPage: true });
    await shot("overview");
    await page.goto(`${base}/orgs/demo/trends`);
    await page.waitForTimeout(500);
    await shot("trends");
    await page.goto(`${base}/orgs/demo/teams`);
    await shot("teams");
    await page.goto(`${base}/orgs/demo/models`);
    await shot("model-grid");
    await page.goto(`${base}/orgs/demo/models/cncf-platform-engineering/1/adoption/3`);
    await page.waitForURL(/adoption\/3/);
    await shot("model-cell");
    await page.goto(`${base}/orgs/demo/teams`);
    await page.getByRole("link", { name: /Checkout/ }).click();
    await page.waitForURL(/teams\/.+/);
    await shot("team");
    await page.getByRole("link", { name: "Journeys", exact: true }).first().click();
    await page.waitForURL(/journeys/);
    const active = page.locator('a[href*="/journeys/c"]').first();
    if (await active.count()) {
      await active.click();
      await page.waitForTimeout(700);
      await shot("journey");
    }
    await page.goBack();
    await page.goBack();
    await page
      .getByRole("link", { name: /follow-up/ })
      .first()
      .click();
    await page.waitForURL(/results/);
    await page.waitForTimeout(500);
    await shot("results");
    await page.goto(`${base}/orgs/demo/teams`);
    await page.getByRole("link", { name: /Payments/ }).click();
    await page.getByRole("button", { name: "Start assessment" }).click();
    await page.waitForURL(/assessments\/[^/]+$/);
    await page.getByRole("radio").nth(1).check();
    await page.getByText("Saved").first().waitFor();
    await shot("questionnaire");
    await page.close();
  }
  await browser.close();
}

void main();

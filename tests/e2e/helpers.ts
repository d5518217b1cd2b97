import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "stepwise-demo";
export const DEMO = {
  admin: "admin@demo.stepwise.test",
  facilitator: "facilitator@demo.stepwise.test",
  lead: "lead@demo.stepwise.test",
  member: "member@demo.stepwise.test",
  exec: "exec@demo.stepwise.test",
} as const;

const E2E_BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/**
 * Headers a browser's own fetch sends with a JSON write: route handlers refuse non-GET requests
 * without a same-site Origin and a JSON content type (CSRF guard, lib/security/same-origin.ts).
 */
export const sameOrigin = (url: string, extra: Record<string, string> = {}) => ({
  origin: new URL(url, E2E_BASE).origin,
  "content-type": "application/json",
  ...extra,
});

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/orgs(\/|$)/);
}

/** Creates a brand-new account with its own organization through the sign-up page. */
export async function signUpWithNewOrg(page: Page, label: string) {
  const id = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const email = `${label}-${id}@e2e.stepwise.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(`${label} ${id}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByLabel("Organization name").fill(`${label} org ${id}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/orgs\/[^/]+$/);
  return { email, orgSlug: new URL(page.url()).pathname.split("/")[2]! };
}

export async function waitForAllSaved(page: Page) {
  await expect(page.getByTestId("overall-save-state")).toContainText("All changes saved");
}

/**
 * Opens a team's own page from the Teams list the page is on. Goes by the link's href (/teams/<id>),
 * because other links on the page (journeys, plans) may carry the team's name too.
 */
export async function openTeamFromList(page: Page, name: string) {
  const links = page.locator("main a[href*='/teams/']").filter({ hasText: new RegExp(`^\\s*${name}`) });
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => /\/teams\/[^/?#]+$/.test(h));
  if (!href) throw new Error(`no link to team ${name} on ${page.url()}`);
  await page.goto(new URL(href, page.url()).toString());
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/**
 * Follows a link of the organization's navigation that lives under "More" (from 1280 px) or "Menu"
 * (narrower), opening that disclosure first, as a person would.
 */
export async function followOrgNavLink(page: Page, name: string) {
  const nav = page.getByRole("navigation", { name: /navigation/ });
  const toggle = nav.getByRole("button", { name: /^(More|Menu)/ }).filter({ visible: true });
  await toggle.click();
  await nav.getByRole("link", { name, exact: true }).click();
}

/**
 * Picks a UI language. Signed out the buttons are on the page; signed in they sit behind the top bar's
 * language disclosure, which is opened first, as a person would.
 */
export async function chooseLanguage(page: Page, name: string) {
  const button = page.getByRole("button", { name });
  if ((await button.count()) === 0) await page.getByRole("banner").locator("details > summary").click();
  await button.click();
}

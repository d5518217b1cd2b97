/**
 * Single sign-on through a real OpenID Provider (oidc-provider, started by tests/e2e/global-setup.ts):
 * an admin configures it on the settings page, a new person signs in through the provider's own login
 * and consent pages and lands in the organization with the default role; a wrong client secret, an
 * unknown domain, a foreign email domain and a tampered state each give a clear message and no account.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { TEST_IDP_CLIENT } from "../support/oidc-provider";
import { signUpWithNewOrg } from "./helpers";

test.describe.configure({ mode: "serial" });

const issuer = () => {
  const value = process.env.E2E_OIDC_ISSUER;
  if (!value) throw new Error("E2E_OIDC_ISSUER is not set: run through npm run test:e2e (global setup)");
  return value;
};

async function countUsers(email: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE email = $1",
      [email],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The provider's dev pages import a web font; nothing may leave the machine.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
  return page;
}

async function continueWithSso(page: Page, identifier: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Work e-mail or organization short name").fill(identifier);
  await page.getByRole("button", { name: "Continue with SSO" }).click();
}

/** The provider's login page (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.href.startsWith(issuer()));
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any password works here");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

let orgSlug = "";
let adminPage: Page;

async function saveSettings(fields: { clientSecret?: string }) {
  await adminPage.goto(`/orgs/${orgSlug}/settings/sso`);
  await adminPage.getByLabel("Issuer URL").fill(issuer());
  await adminPage.getByLabel("Client id").fill(TEST_IDP_CLIENT.clientId);
  if (fields.clientSecret !== undefined)
    await adminPage.getByLabel("Client secret").fill(fields.clientSecret);
  await adminPage.getByLabel("Allowed email domains").fill("sso-e2e.test");
  await adminPage.getByLabel("Default role for new people").selectOption("LEAD");
  await adminPage.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(adminPage.getByRole("status")).toContainText(/Single sign-on (saved|settings updated)/);
}

test("an admin configures SSO and a new person signs in through the provider with the default role", async ({
  browser,
}) => {
  adminPage = await freshPage(browser);
  ({ orgSlug } = await signUpWithNewOrg(adminPage, "ssoadmin"));
  await adminPage.goto(`/orgs/${orgSlug}/members`);
  await adminPage.getByRole("link", { name: "Single sign-on settings" }).click();
  await expect(adminPage.getByTestId("redirect-uri")).toContainText("/api/sso/callback");

  // A bad issuer is refused with a message, and what was typed stays.
  await adminPage.getByLabel("Issuer URL").fill("ftp://not-an-issuer");
  await adminPage.getByLabel("Client id").fill(TEST_IDP_CLIENT.clientId);
  await adminPage.getByLabel("Client secret").fill(TEST_IDP_CLIENT.clientSecret);
  await adminPage.getByLabel("Allowed email domains").fill("sso-e2e.test");
  await adminPage.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(adminPage.getByRole("alert").first()).toContainText("https://");
  await expect(adminPage.getByLabel("Client id")).toHaveValue(TEST_IDP_CLIENT.clientId);

  await saveSettings({ clientSecret: TEST_IDP_CLIENT.clientSecret });
  // The secret never comes back to the browser: the form only says it is set.
  await adminPage.reload();
  await expect(adminPage.getByLabel("Client secret")).toHaveValue("");
  await expect(adminPage.getByLabel("Client secret")).toHaveAttribute("placeholder", /set/);
  expect(await adminPage.content()).not.toContain(TEST_IDP_CLIENT.clientSecret);

  const page = await freshPage(browser);
  await continueWithSso(page, "new.person@sso-e2e.test");
  await signInAtProvider(page, "new.person");
  await page.waitForURL(new RegExp(`/orgs/${orgSlug}$`));
  await page.goto(`/orgs/${orgSlug}/members`);
  const row = page.getByRole("row").filter({ hasText: "new.person@sso-e2e.test" });
  await expect(row).toContainText("New Person");
  await expect(row).toContainText("Team lead");
  expect(await countUsers("new.person@sso-e2e.test")).toBe(1);
  await page.context().close();
});

test("an unknown email domain gets a clear message and no redirect", async ({ browser }) => {
  const page = await freshPage(browser);
  await continueWithSso(page, "someone@no-sso-here.test");
  await expect(page).toHaveURL(/\/sign-in\?/);
  await expect(page.getByTestId("sso-error")).toContainText(
    "No organization uses single sign-on for that email domain",
  );
  await expect(page.getByLabel("Work e-mail or organization short name")).toHaveValue(
    "someone@no-sso-here.test",
  );
  await page.context().close();
});

test("an email outside the allowed domains is refused and creates no account", async ({ browser }) => {
  const page = await freshPage(browser);
  await continueWithSso(page, orgSlug);
  await signInAtProvider(page, "outsider");
  await expect(page.getByTestId("sso-error")).toContainText("Your email domain is not allowed");
  expect(await countUsers("outsider@elsewhere.test")).toBe(0);
  await page.context().close();
});

test("a tampered state is refused and creates no account", async ({ browser }) => {
  const page = await freshPage(browser);
  // The state sent to the provider is altered on the way (the provider echoes it back unchanged), so
  // the callback's state no longer matches the one sealed in this browser's flow cookie.
  await page.route(/\/api\/sso\/start$/, async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const location = new URL(response.headers()["location"]!);
    location.searchParams.set("state", `${location.searchParams.get("state")}tampered`);
    await route.fulfill({ response, headers: { ...response.headers(), location: location.toString() } });
  });
  await continueWithSso(page, "platform.admin@sso-e2e.test");
  await signInAtProvider(page, "platform.admin");
  await expect(page.getByTestId("sso-error")).toContainText("did not match the sign-in you started");
  expect(await countUsers("platform.admin@sso-e2e.test")).toBe(0);
  // The flow is spent: a replayed callback finds no pending sign-in.
  await page.goto("/api/sso/callback?code=x&state=y");
  await expect(page.getByTestId("sso-error")).toContainText("expired or was started in another browser");
  await page.context().close();
});

test("a wrong client secret is reported to the person and creates no account", async ({ browser }) => {
  await saveSettings({ clientSecret: "not-the-right-secret" });
  const page = await freshPage(browser);
  await continueWithSso(page, "platform.admin@sso-e2e.test");
  await signInAtProvider(page, "platform.admin");
  await expect(page.getByTestId("sso-error")).toContainText("refused Stepwise's client credentials");
  expect(await countUsers("platform.admin@sso-e2e.test")).toBe(0);
  await page.context().close();
  await adminPage.context().close();
});

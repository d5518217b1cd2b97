import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO, signIn } from "./helpers";

/** Creates an overview share link from the overview page (as the signed-in admin) and returns its path. */
async function shareOverview(page: Page, passcode = ""): Promise<string> {
  await page.goto("/orgs/demo");
  await page.getByText("Share this overview").click();
  if (passcode) await page.getByLabel("Passcode (optional)").fill(passcode);
  await page.getByRole("button", { name: "Create link" }).click();
  return new URL(await page.getByTestId("share-url").inputValue()).pathname;
}

async function endLink(path: string, how: "expire" | "revoke") {
  const hash = createHash("sha256").update(path.split("/").pop()!, "utf8").digest("hex");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      how === "expire"
        ? "UPDATE share_links SET expires_at = now() - interval '1 minute' WHERE token_hash = $1"
        : "UPDATE share_links SET revoked_at = now() WHERE token_hash = $1",
      [hash],
    );
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

/** What a signed-out visitor gets for `path`: the status and the page's visible text. */
async function visit(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(path);
  const result = { status: response?.status(), text: await page.locator("body").innerText() };
  await context.close();
  return result;
}

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
  // The chart, or its note when other specs left the team's latest result with fewer than three aspects.
  await expect(
    shared
      .getByRole("img", { name: /Radar chart of aspect scores/ })
      .or(shared.getByText("A radar needs at least three assessed aspects")),
  ).toBeVisible();
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
  const refused = shared.waitForResponse((r) => r.request().method() === "POST");
  await shared.getByRole("button", { name: "Open the report" }).click();
  expect((await refused).status()).toBe(404);
  await expect(shared.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(shared.getByRole("form", { name: "Passcode" })).toHaveCount(0);
  // The link itself still works with the right passcode.
  await shared.goto(path);
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

test("expired, revoked, wrong-passcode, guessed and malformed tokens all get the same 404 page", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.admin);
  const expired = await shareOverview(page);
  const revoked = await shareOverview(page);
  const protectedPath = await shareOverview(page, "quarterly-review");
  const revokedProtected = await shareOverview(page, "quarterly-review");
  // Both links worked (the first test revokes through the page; here the clock and the revoke are set directly).
  expect((await visit(browser, expired)).status).toBe(200);
  expect((await visit(browser, revoked)).status).toBe(200);
  await endLink(expired, "expire");
  await endLink(revoked, "revoke");
  const guessed = `/share/sws_${randomBytes(32).toString("base64url")}`;

  const refusals: Record<string, { status?: number; text: string }> = {
    expired: await visit(browser, expired),
    revoked: await visit(browser, revoked),
    guessed: await visit(browser, guessed),
    malformed: await visit(browser, "/share/not-a-token"),
  };

  // Wrong passcode with JavaScript: the action's answer is a 404 and the page is the 404 page.
  const visitor = await browser.newContext();
  const shared = await visitor.newPage();
  await shared.goto(protectedPath);
  await shared.getByRole("form", { name: "Passcode" }).getByLabel("Passcode").fill("not-it");
  const answer = shared.waitForResponse((r) => r.request().method() === "POST");
  await shared.getByRole("button", { name: "Open the report" }).click();
  expect((await answer).status()).toBe(404);
  await expect(shared.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  refusals.wrongPasscode = { status: 404, text: await shared.locator("body").innerText() };
  await visitor.close();

  // Without JavaScript the form posts and the document itself is the answer: a wrong passcode and the
  // right passcode for a link revoked meanwhile are the same 404 (so are a link locked out, expired, or a
  // guessed token: every refusal goes through the same notFound()).
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const postPasscode = async (path: string, passcode: string, before?: () => Promise<void>) => {
    const noJs = await plain.newPage();
    await noJs.goto(path);
    await before?.();
    await noJs.getByRole("form", { name: "Passcode" }).getByLabel("Passcode").fill(passcode);
    const [navigation] = await Promise.all([
      noJs.waitForNavigation(),
      noJs.getByRole("button", { name: "Open the report" }).click(),
    ]);
    return { status: navigation?.status(), text: await noJs.locator("body").innerText() };
  };
  const wrongNoJs = await postPasscode(protectedPath, "still-not-it");
  const revokedNoJs = await postPasscode(revokedProtected, "quarterly-review", () =>
    endLink(revokedProtected, "revoke"),
  );
  await plain.close();
  expect(wrongNoJs.status).toBe(404);
  expect(revokedNoJs).toEqual(wrongNoJs);

  const reference = refusals.guessed!;
  expect(reference.status).toBe(404);
  expect(reference.text).toContain("This link does not work");
  for (const [kind, got] of Object.entries(refusals)) {
    expect.soft(got.status, kind).toBe(404);
    expect.soft(got.text, kind).toBe(reference.text);
  }
});

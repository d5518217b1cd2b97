import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, signIn, waitForAllSaved } from "./helpers";

/**
 * Keyboard only: no clicks after signing in (for the participant, after the facilitator started). Focus moves with Tab (and arrow keys inside radio groups),
 * actions run with Enter or Space, and every element reached shows a visible focus indicator.
 */
test.describe.configure({ timeout: 240_000 });

/** Presses Tab until `target` has focus (at most `max` presses), then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 80) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error("tabTo: target not found");
  for (let i = 0; i < max; i += 1) {
    if (await handle.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`tabTo: ${target} not reached in ${max} Tab presses`);
}

/** The focused element matches :focus-visible and it, or the label/box around it, draws an indicator. */
async function expectVisibleFocus(page: Page) {
  const visible = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || !el.matches(":focus-visible")) return false;
    const draws = (node: Element) => {
      const style = getComputedStyle(node);
      return (
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none"
      );
    };
    return [el, el.parentElement, el.closest("label")].some((node) => node && draws(node));
  });
  expect(visible, "the focused element shows a focus indicator").toBe(true);
}

test("an admin moves a plan step to another column with the keyboard only", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/orgs/demo/teams");
  await tabTo(
    page,
    page
      .locator("main")
      .getByRole("link", { name: /^Checkout/ })
      .first(),
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Checkout/ })).toBeVisible();
  await tabTo(
    page,
    page.locator("main").getByRole("link", { name: "Scale the platform centre of excellence" }),
  );
  await page.keyboard.press("Enter");
  await tabTo(page, page.locator("main").getByRole("link", { name: "Plan", exact: true }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/plan$/);

  const heading = (await page.getByTestId("plan-card").first().getByRole("heading").textContent())!.trim();
  const status = page.getByLabel(`Status of "${heading}"`);
  const before = await status.inputValue();
  const target = before === "DONE" ? "DOING" : "DONE";
  await tabTo(page, status);
  // A closed select changes its value with the arrow keys (TODO, DOING, DONE, DROPPED).
  for (let i = 0; i < 4 && (await status.inputValue()) !== target; i += 1)
    await page.keyboard.press(before === "DONE" ? "ArrowUp" : "ArrowDown");
  await expect(status).toHaveValue(target);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Move "${heading}" to the chosen status` })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  const column = target === "DONE" ? "Done steps" : "Doing steps";
  await expect(page.getByRole("list", { name: column })).toContainText(heading);
});

test("an admin creates a team, answers its whole questionnaire and submits with the keyboard only", async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/orgs/demo/teams");
  const team = `Keyboard ${Date.now()}`;
  await tabTo(page, page.getByLabel("Team name"));
  await page.keyboard.type(team);
  await page.keyboard.press("Enter");
  const link = page.locator("main").getByRole("link", { name: new RegExp(`^${team}`) });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(team) })).toBeVisible();
  await tabTo(page, page.getByLabel("Title (optional)"));
  await page.keyboard.type("Answered by keyboard");
  await tabTo(page, page.getByRole("button", { name: "Start assessment" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Answered by keyboard" })).toBeVisible();

  // Each aspect: Tab into every question's radio group (nothing checked yet: Tab stops on the first
  // option), then the arrow key moves to and checks the second option; then Next or, at the end, Submit.
  for (let aspect = 0; ; aspect += 1) {
    const groups = page.getByRole("group", { name: /^Question \d+:/ });
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let q = 0; q < count; q += 1) {
      const radios = groups.nth(q).getByRole("radio");
      await tabTo(page, radios.first());
      await page.keyboard.press("ArrowDown");
      await expect(radios.nth(1)).toBeChecked();
    }
    await waitForAllSaved(page);
    const next = page.getByRole("button", { name: /^Next: .+ →$/ });
    if ((await next.count()) === 0) break;
    await tabTo(page, next);
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByRole("group", { name: /^Question 1:/ })
        .getByRole("radio")
        .first(),
    ).not.toBeChecked();
    expect(aspect).toBeLessThan(10);
  }
  await tabTo(page, page.getByRole("button", { name: "Submit assessment" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/results$/);
  for (const aspect of ["Investment", "Adoption", "Interfaces", "Operations", "Measurement"])
    await expect(page.getByRole("row", { name: new RegExp(`^${aspect}`) }).first()).toContainText(
      "L2 · Operational",
    );
});

test("a participant votes in a live workshop with the keyboard only", async ({ browser }) => {
  const facContext = await browser.newContext();
  const fac = await facContext.newPage();
  await signIn(fac, DEMO.facilitator);
  await fac.goto("/orgs/demo/teams");
  await fac
    .locator("main")
    .getByRole("link", { name: /^Payments/ })
    .first()
    .click();
  await fac.getByRole("link", { name: "Run as live workshop" }).click();
  await expect(fac.getByLabel("Team")).toHaveValue(/.+/);
  await fac.getByLabel("Title (optional)").fill(`Keyboard workshop ${Date.now()}`);
  await fac.getByRole("button", { name: "Create workshop" }).click();
  await fac.waitForURL(/\/orgs\/demo\/workshops\/[^/]+$/);
  const joinLink = (await fac.getByTestId("join-link").textContent())!.trim();

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(joinLink);
  await tabTo(guest, guest.getByLabel("Your name (shown to the group)"));
  await guest.keyboard.type("Kim Keys");
  await guest.keyboard.press("Enter");
  await expect(guest.getByText("You are in.")).toBeVisible();

  await fac.getByRole("button", { name: "Start workshop" }).click();
  const level = guest.getByRole("button", { name: /L3 / });
  await expect(level).toBeVisible();
  await tabTo(guest, level);
  await guest.keyboard.press("Enter");
  await expect(guest.getByTestId("vote-status")).toContainText("Your vote is in");
  await expect(level).toHaveAttribute("aria-pressed", "true");
  await expect(fac.getByTestId("vote-count")).toContainText("1 of 1 voted");
  await facContext.close();
  await guestContext.close();
});

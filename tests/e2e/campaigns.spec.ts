import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, waitForAllSaved } from "./helpers";

const CATCHER = process.env.MAIL_CATCHER_URL;
const SHOTS = process.env.SCREENSHOT_DIR;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function mailsTo(to: string): Promise<Array<{ subject: string; text: string }>> {
  if (!CATCHER) throw new Error("MAIL_CATCHER_URL is not set: run through `npm run test:e2e`");
  return (await (await fetch(`${CATCHER}/api/mails?to=${encodeURIComponent(to)}`)).json()) as Array<{
    subject: string;
    text: string;
  }>;
}

const teamRow = (page: Page, team: string) =>
  page
    .getByRole("table", { name: "Each team's state in this campaign" })
    .getByRole("row", { name: new RegExp(`^${team}`) });

test("an admin starts a campaign for a group, a lead fills the draft, the campaign page shows progress and the round", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin
    .getByRole("navigation", { name: /navigation/ })
    .getByRole("link", { name: "Campaigns" })
    .click();
  await admin.getByRole("link", { name: "New campaign" }).click();
  const title = `E2E round ${Date.now()}`;
  await admin.getByLabel("Title").fill(title);
  await admin
    .getByLabel("Model version")
    .selectOption({ label: "CNCF Platform Engineering Maturity Model v1" });
  await admin.getByLabel("The teams of one group").check();
  await admin.getByLabel("Group", { exact: true }).selectOption("Commerce");

  // Dates out of order: refused with the field's message, nothing typed is lost.
  await admin.getByLabel("Opens on").fill(day(0));
  await admin.getByLabel("Due on").fill(day(-1));
  await admin.getByRole("button", { name: "Start campaign" }).click();
  await expect(admin.getByText("The due date must be after the open date").first()).toBeVisible();
  await expect(admin.getByLabel("Title")).toHaveValue(title);

  await admin.getByLabel("Due on").fill(day(7));
  await admin.getByLabel("Remind from (days before due)").fill("10");
  await admin.getByRole("button", { name: "Start campaign" }).click();
  await admin.waitForURL((url) => /\/campaigns\/(?!new$)[^/]+$/.test(url.pathname));
  const campaignUrl = new URL(admin.url()).pathname;
  await expect(admin.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(teamRow(admin, "Payments")).toBeVisible();
  await expect(teamRow(admin, "Checkout")).toBeVisible();
  await expect(teamRow(admin, "Identity")).toHaveCount(0);

  // Reminders: Payments' lead is mailed (due within the 10-day window); Checkout has no lead.
  await admin.getByRole("button", { name: "Send reminders now" }).click();
  await expect(admin.getByRole("status")).toContainText("1 without a lead");
  await expect
    .poll(async () => (await mailsTo(DEMO.lead)).filter((m) => m.subject.includes(title)).length)
    .toBe(1);
  const mail = (await mailsTo(DEMO.lead)).find((m) => m.subject.includes(title))!;
  expect(mail.subject).toBe(`Reminder: Payments's assessment for ${title}`);
  // The same day again: nobody is mailed twice.
  await admin.reload();
  await admin.getByRole("button", { name: "Send reminders now" }).click();
  await expect(admin.getByRole("status")).toContainText("1 already reminded today");
  expect((await mailsTo(DEMO.lead)).filter((m) => m.subject.includes(title))).toHaveLength(1);

  // The lead finds the campaign, sees no management controls, and opens the team's draft.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, DEMO.lead);
  await lead.goto("/orgs/demo/campaigns");
  await expect(lead.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await lead.getByRole("link", { name: title }).click();
  await expect(lead.getByRole("button", { name: "Send reminders now" })).toHaveCount(0);
  await lead.getByRole("link", { name: "Open draft: Payments" }).click();
  await expect(lead.getByRole("heading", { level: 2, name: "Investment" })).toBeVisible();
  const questions = lead.getByRole("group", { name: /^Question \d+:/ });
  const count = await questions.count();
  for (let q = 0; q < count; q += 1) await questions.nth(q).getByRole("radio").nth(1).check();
  await waitForAllSaved(lead);

  await admin.goto(campaignUrl);
  await expect(teamRow(admin, "Payments")).toContainText(/In progress: \d+ of \d+ answered/);
  await expect(teamRow(admin, "Checkout")).toContainText("Not started");

  // The lead submits; the campaign page counts it and the round's heatmap shows its levels.
  await lead.getByRole("button", { name: "Submit assessment" }).click();
  await lead.waitForURL(/\/results$/);
  // The results explain how far to trust each aspect (no evidence given: low confidence).
  await expect(lead.getByTestId("confidence-investment")).toContainText("Confidence: Low");
  await admin.reload();
  await expect(teamRow(admin, "Payments")).toContainText("Submitted");
  const heatmap = admin.getByRole("table", { name: `Heatmap of the round ${title}: teams by aspect` });
  await expect(heatmap.getByRole("row", { name: /^Payments/ })).toContainText("L2");
  await expect(heatmap.getByRole("row", { name: /^Checkout/ })).toContainText("Not in this round");

  // Closing freezes the round; the trends page lists it.
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "Close campaign" }).click();
  // The page re-renders without the management cards once the campaign is closed.
  await expect(admin.getByRole("button", { name: "Close campaign" })).toHaveCount(0);
  await admin.reload();
  await expect(admin.getByText("Closed", { exact: true })).toBeVisible();
  await expect(admin.getByText("The round is frozen", { exact: false })).toBeVisible();
  // Admins set how long evidence stays fresh; a value out of range is refused with the field's message.
  await admin.goto("/orgs/demo/settings/evidence");
  await admin.getByLabel("Fresh for (days)").fill("3");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("At least 7 days.").first()).toBeVisible();
  await admin.getByLabel("Fresh for (days)").fill("90");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status")).toContainText("Evidence is now fresh for 90 days.");
  // Back to the default, so the other specs see the seeded window.
  await admin.getByLabel("Fresh for (days)").fill("180");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status")).toContainText("Evidence is now fresh for 180 days.");
  await admin.goto("/orgs/demo/trends");
  await expect(admin.getByRole("row", { name: new RegExp(`^${title}`) })).toContainText("1 / 2");
});

test("a facilitator runs a round for a group; two leads answer, one from the previous assessment; the campaign page, heatmap and COE outcome forecast show it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  // Checkout gets a lead of its own through an invite.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/orgs/demo/members");
  await admin.getByLabel("Role", { exact: true }).selectOption("LEAD");
  await admin.getByLabel("Team (optional)").selectOption({ label: "Checkout" });
  await admin.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await admin.getByLabel(/Invite link/).inputValue();
  const checkoutLead = await (await browser.newContext()).newPage();
  await checkoutLead.goto(new URL(inviteUrl).pathname);
  await checkoutLead.getByRole("link", { name: "Create an account" }).click();
  await checkoutLead.getByLabel("Your name").fill(`Cass Checkout ${stamp}`);
  await checkoutLead.getByLabel("Email").fill(`cass-${stamp}@e2e.stepwise.test`);
  await checkoutLead.getByLabel("Password").fill("a long enough password");
  await checkoutLead.getByRole("button", { name: "Create account" }).click();
  await checkoutLead.waitForURL(/\/orgs\/demo$/);

  // Checkout's lead starts this quarter from the last submitted assessment: answers come along.
  await checkoutLead.goto("/orgs/demo/teams");
  await checkoutLead
    .getByRole("link", { name: /^Checkout/ })
    .first()
    .click();
  await checkoutLead
    .getByLabel("Model version")
    .selectOption({ label: "CNCF Platform Engineering Maturity Model v1" });
  await checkoutLead.getByLabel("Title (optional)").fill(`Checkout quarterly ${stamp}`);
  await checkoutLead.getByLabel(/Start from the last submitted assessment/).check();
  await checkoutLead.getByRole("button", { name: "Start assessment" }).click();
  await checkoutLead.waitForURL(/\/assessments\/[^/]+$/);
  const checkoutDraft = new URL(checkoutLead.url()).pathname;
  await expect(checkoutLead.getByRole("heading", { level: 2, name: "Investment" })).toBeVisible();

  // The facilitator runs the round for the Commerce group: Checkout's open draft is linked, not duplicated.
  const facilitator = await (await browser.newContext()).newPage();
  await signIn(facilitator, DEMO.facilitator);
  await facilitator.goto("/orgs/demo/campaigns/new");
  const title = `E2E group round ${stamp}`;
  await facilitator.getByLabel("Title").fill(title);
  await facilitator
    .getByLabel("Model version")
    .selectOption({ label: "CNCF Platform Engineering Maturity Model v1" });
  await facilitator.getByLabel("The teams of one group").check();
  await facilitator.getByLabel("Group", { exact: true }).selectOption("Commerce");
  await facilitator.getByLabel("Opens on").fill(day(0));
  await facilitator.getByLabel("Due on").fill(day(14));
  await facilitator.getByRole("button", { name: "Start campaign" }).click();
  await facilitator.waitForURL((url) => /\/campaigns\/(?!new$)[^/]+$/.test(url.pathname));
  const campaignUrl = new URL(facilitator.url()).pathname;
  await expect(teamRow(facilitator, "Checkout")).toContainText(/In progress: \d+ of \d+ answered/);
  await expect(teamRow(facilitator, "Payments")).toContainText("Not started");
  expect(
    await teamRow(facilitator, "Checkout")
      .getByRole("link", { name: "Open draft: Checkout" })
      .getAttribute("href"),
  ).toBe(checkoutDraft);
  // Not due a reminder yet (due in 14 days, window 3): the list says so and nothing can be sent.
  await expect(facilitator.getByText("No team is due a reminder today.")).toBeVisible();

  // Payments' lead answers the new draft from scratch and submits.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, DEMO.lead);
  await lead.goto(campaignUrl);
  await lead.getByRole("link", { name: "Open draft: Payments" }).click();
  await expect(lead.getByRole("heading", { level: 2, name: "Investment" })).toBeVisible();
  const questions = lead.getByRole("group", { name: /^Question \d+:/ });
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let q = 0; q < count; q += 1) await questions.nth(q).getByRole("radio").nth(2).check();
  await waitForAllSaved(lead);
  await lead.getByRole("button", { name: "Submit assessment" }).click();
  await lead.waitForURL(/\/results$/);

  // Checkout's lead reviews the copied answers and submits.
  await checkoutLead.getByRole("button", { name: "Submit assessment" }).click();
  await checkoutLead.waitForURL(/\/results$/);

  // The campaign page counts both and the round's heatmap shows their levels.
  await facilitator.reload();
  await expect(teamRow(facilitator, "Payments")).toContainText("Submitted");
  await expect(teamRow(facilitator, "Checkout")).toContainText("Submitted");
  const heatmap = facilitator.getByRole("table", { name: `Heatmap of the round ${title}: teams by aspect` });
  await expect(heatmap.getByRole("row", { name: /^Payments/ })).toContainText("L3");
  await expect(heatmap.getByRole("row", { name: /^Checkout/ })).toContainText(/L[1-4]/);
  await expect(heatmap.getByRole("row", { name: /^Checkout/ })).not.toContainText("Not in this round");
  if (SHOTS) {
    for (const width of [1280, 390]) {
      await facilitator.setViewportSize({ width, height: 900 });
      await facilitator.screenshot({ path: `${SHOTS}/campaign-${width}.png`, fullPage: true });
    }
    await facilitator.setViewportSize({ width: 1280, height: 720 });
  }
  // The org overview's heatmap has Payments' new result, marked low confidence (no evidence given).
  await facilitator.goto("/orgs/demo");
  const overview = facilitator.getByRole("table", { name: /Heatmap of teams by aspect/ });
  await expect(
    overview
      .getByRole("row", { name: /^Payments/ })
      .getByRole("link", { name: /^Investment: L3 .*, low confidence/ }),
  ).toBeVisible();
  // "Only results with confidence ≥ high": the low-confidence result leaves the heatmap and the counts.
  await facilitator.getByLabel("Confidence", { exact: true }).selectOption("high");
  await facilitator.getByRole("button", { name: "Apply filters" }).click();
  await expect(facilitator).toHaveURL(/[?&]conf=high/);
  await expect(overview.getByRole("row", { name: /^Payments/ })).toContainText("Below the confidence filter");
  await expect(facilitator.getByText("Only results with high confidence are counted.").first()).toBeVisible();
  await facilitator.goto("/orgs/demo?conf=bogus");
  await expect(facilitator.getByText(/Ignored the confidence \(medium or high\)/)).toBeVisible();

  // The COE journey's outcome goal shows its forecast.
  await facilitator.goto("/orgs/demo/journeys");
  await facilitator.getByRole("link", { name: "Platform centre of excellence" }).first().click();
  await expect(
    facilitator
      .getByRole("list", { name: "Outcome goals" })
      .getByRole("listitem")
      .filter({ hasText: "Teams onboarded" }),
  ).toContainText(/of 20 teams; forecast .+ \(deadline/);

  // Tidy up: Checkout's lead leaves the organization again.
  await admin.goto("/orgs/demo/members");
  const row = admin.getByRole("row").filter({ hasText: `Cass Checkout ${stamp}` });
  await row.getByRole("button", { name: "Remove…" }).click();
  await row.getByRole("button", { name: `Remove Cass Checkout ${stamp} from the organization` }).click();
  await expect(admin.getByRole("row").filter({ hasText: `Cass Checkout ${stamp}` })).toHaveCount(0);
});

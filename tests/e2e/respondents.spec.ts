import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUpWithNewOrg, waitForAllSaved, sameOrigin } from "./helpers";

/** Answers every question of the shown aspect with the given levels (1-based, by position). */
async function answerAspect(page: Page, levels: number[]) {
  const groups = page.getByRole("group", { name: /^Question \d+:/ });
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  for (let q = 0; q < count; q += 1)
    await groups
      .nth(q)
      .getByRole("radio")
      .nth((levels[q] ?? levels[levels.length - 1]!) - 1)
      .check();
  await waitForAllSaved(page);
  return count;
}

test("several team members answer privately, the lead closes answering, records a consensus and submits", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, DEMO.lead);
  await lead.goto("/orgs/demo/teams");
  // The teams page may also link a team's plan under the team's name: pick the team's own page.
  await lead
    .locator('a[href^="/orgs/demo/teams/"]:not([href*="/journeys/"])', { hasText: "Payments" })
    .first()
    .click();
  await lead.waitForURL(/\/teams\/[^/]+$/);
  const title = `Team view ${Date.now()}`;
  await lead.getByLabel("Title (optional)").fill(title);
  await lead.getByRole("button", { name: "Start assessment" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The lead opens the draft to respondents and gets a link to share.
  await lead.getByText("Ask the team: open to several respondents").click();
  await lead.getByRole("button", { name: "Open to respondents" }).click();
  await lead.waitForURL(/\/respondents$/);
  const base = new URL(lead.url()).pathname.replace(/\/respondents$/, "");
  const api = `/api${base}/responses`;
  await expect(lead.getByLabel("Link for respondents")).toHaveValue(new RegExp(`${base}/respond$`));

  // The lead answers Investment: every question at level 1.
  await lead.getByRole("link", { name: "Answer it yourself" }).click();
  await expect(lead.getByRole("heading", { level: 2, name: "Investment" })).toBeVisible();
  const investmentQuestions = await answerAspect(lead, [1]);

  // The member opens the link and answers differently: question 1 at level 3, question 2 like the lead, the rest at 2.
  const member = await (await browser.newContext()).newPage();
  await signIn(member, DEMO.member);
  await member.goto(`${base}/respond`);
  await expect(member.getByText("your answers are private and save automatically")).toBeVisible();
  await answerAspect(member, [3, 1, 2]);
  // Nobody sees another respondent's answers: not in the API, not on the page.
  const own = (await (await member.request.get(api)).json()) as {
    responses: Array<{ questionId: string; level: number }>;
  };
  expect(own.responses).toHaveLength(investmentQuestions);
  expect(own.responses.find((r) => r.questionId === "investment-1")?.level).toBe(3);
  expect((await (await member.request.get(`/api${base}/answers`)).json()).answers).toEqual([]);
  await member.goto(`${base}/consensus`);
  await expect(
    member.getByRole("heading", { name: "Answers stay private until answering closes" }),
  ).toBeVisible();
  await expect(member.getByText("Discussion topics")).toHaveCount(0);
  await member.goto(`${base}/respond`);
  await member.getByRole("button", { name: "Mark my answers as finished" }).click();
  await expect(member.getByRole("button", { name: "I am not finished yet" })).toBeVisible();

  // The lead sees who has answered, then closes answering.
  await lead.goto(`${base}/respondents`);
  await expect(lead.getByRole("row", { name: /Max Member/ })).toContainText(`${investmentQuestions} / `);
  await expect(lead.getByRole("row", { name: /Max Member/ })).toContainText("Finished");
  await expect(lead.getByRole("row", { name: /Lee Lead/ })).toContainText("Answering");
  await lead.getByRole("button", { name: "Close answering" }).click();
  await lead.waitForURL(/\/consensus$/);

  // Distribution and a discussion topic: question 1 split from Provisional to Scalable.
  const topics = lead.getByRole("region", { name: "Discussion topics" });
  await expect(topics.getByRole("listitem")).toHaveCount(1);
  await expect(topics).toContainText("answers range from Provisional to Scalable");
  const q1 = lead.locator("#q-investment-1");
  const distribution = q1.getByRole("list", { name: /^Answers to:/ });
  await expect(distribution.getByRole("listitem").filter({ hasText: "L1 · Provisional" })).toContainText("1");
  await expect(distribution.getByRole("listitem").filter({ hasText: "L3 · Scalable" })).toContainText("1");
  await expect(q1.getByTestId("agreed-investment-1")).toContainText("L1 · Provisional"); // prefilled median

  // Saving after closing is refused with a clear message.
  const late = await member.request.put(api, {
    headers: sameOrigin(api),
    data: { questionId: "investment-1", level: 1 },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.message).toContain("closed answering");

  // The lead records the agreed answer: a note is required because it differs from the median.
  await q1.getByRole("radio", { name: /^L2 ·/ }).check();
  await q1.getByRole("button", { name: "Save agreed answer" }).click();
  await expect(q1.getByText("Add a note: the agreed answer differs")).toBeVisible();
  await q1.getByLabel(/^Note/).fill("Budget exists for the pipeline team, not the whole platform");
  await q1.getByRole("button", { name: "Save agreed answer" }).click();
  await expect(q1.getByText("Agreed answer saved.")).toBeVisible();
  await expect(q1.getByTestId("agreed-investment-1")).toContainText("L2 · Operational");
  await expect(q1.getByTestId("agreed-investment-1")).toContainText("differs from the median");

  // After closing, the team sees the distribution too (read-only).
  await member.goto(`${base}/consensus`);
  await expect(member.getByRole("region", { name: "Discussion topics" })).toContainText(
    "Provisional to Scalable",
  );
  await expect(member.getByRole("button", { name: "Save agreed answer" })).toHaveCount(0);

  await lead.getByRole("button", { name: "Submit assessment" }).click();
  await lead.waitForURL(/\/results$/);
  await expect(lead.getByRole("heading", { name: "How the team answered" })).toBeVisible();
  const result = lead.locator("#q-investment-1");
  await expect(result).toContainText("Budget exists for the pipeline team, not the whole platform");
  await expect(
    result
      .getByRole("list", { name: /^Answers to:/ })
      .getByRole("listitem")
      .filter({ hasText: "L3 · Scalable" }),
  ).toContainText("1");
  await expect(lead.getByRole("row", { name: /^Investment/ }).first()).toContainText("L1 · Provisional");

  // Another organization's user gets 404 on every new page and endpoint, under either slug.
  const outsider = await (await browser.newContext()).newPage();
  const { orgSlug } = await signUpWithNewOrg(outsider, "collab-outsider");
  for (const prefix of [base, base.replace("/orgs/demo/", `/orgs/${orgSlug}/`)]) {
    for (const page of ["respond", "respondents", "consensus"]) {
      const response = await outsider.goto(`${prefix}/${page}`);
      expect(response?.status(), `${prefix}/${page}`).toBe(404);
      await expect(outsider.getByText(title)).toHaveCount(0);
    }
    const endpoint = `/api${prefix}/responses`;
    expect((await outsider.request.get(endpoint)).status()).toBe(404);
    expect(
      (
        await outsider.request.put(endpoint, {
          headers: sameOrigin(endpoint),
          data: { questionId: "investment-1", level: 1 },
        })
      ).status(),
    ).toBe(404);
  }
});

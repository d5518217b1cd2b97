import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, sameOrigin } from "./helpers";

/**
 * A live workshop across two app instances: the facilitator's browser talks to instance A, the
 * guest's to instance B (same database). B's screen must follow A's commands through
 * LISTEN/NOTIFY + SSE, within a second or two.
 */
const A = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
const B = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
const FOLLOW = { timeout: 3_000 };

async function createWorkshop(page: Page) {
  await page.goto(`${A}/orgs/demo/teams`);
  await page
    .getByRole("link", { name: /Payments/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Run as live workshop" }).click();
  await expect(page.getByLabel("Team")).toHaveValue(/.+/);
  await page.getByLabel("Title (optional)").fill(`E2E workshop ${Date.now()}`);
  await page.getByRole("button", { name: "Create workshop" }).click();
  await page.waitForURL(/\/orgs\/demo\/workshops\/[^/]+$/);
  const workshopId = new URL(page.url()).pathname.split("/").pop()!;
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  return { workshopId, code };
}

test("facilitator and guest run a workshop on two instances", async ({ browser }) => {
  const facilitatorContext = await browser.newContext({ baseURL: A });
  const guestContext = await browser.newContext({ baseURL: B, viewport: { width: 390, height: 844 } });
  const fac = await facilitatorContext.newPage();
  const guest = await guestContext.newPage();
  await signIn(fac, DEMO.facilitator);
  const { workshopId, code } = await createWorkshop(fac);

  // The facilitator shares /live with the code filled in; the guest joins on the other instance, with a
  // display name only.
  await expect(fac.getByTestId("join-link")).toHaveText(`${A}/live?code=${code}`);
  await guest.goto(`${B}/live`);
  await guest.getByLabel("Workshop code").fill(code.toLowerCase());
  await guest.getByLabel("Your name (shown to the group)").fill("Gina Guest");
  await guest.getByRole("button", { name: "Join" }).click();
  await guest.waitForURL(`${B}/live/${workshopId}`);
  await expect(guest.getByText("You are in.")).toBeVisible();

  // A guest who joined while the page was /w/<id> holds the page cookie on that path: the old address
  // redirects to /live/<id> with the cookie carried over, and the old one is cleared.
  const [pageCookie] = (await guestContext.cookies(`${B}/live/${workshopId}`)).filter((c) =>
    c.path.startsWith("/live/"),
  );
  const oldContext = await browser.newContext({ baseURL: B });
  await oldContext.addCookies([{ ...pageCookie!, path: `/w/${workshopId}` }]);
  const old = await oldContext.newPage();
  await old.goto(`${B}/w/${workshopId}?from=qr`);
  await expect(old).toHaveURL(`${B}/live/${workshopId}?from=qr`);
  await expect(old.getByText("You are in.")).toBeVisible();
  expect((await oldContext.cookies()).map((c) => c.path)).toEqual([`/live/${workshopId}`]);
  await oldContext.close();
  await expect(guest.getByTestId("connection")).toHaveText("Live");
  await expect(fac.getByRole("list", { name: "Participants" })).toContainText("Gina Guest", FOLLOW);

  // Start: the guest's screen follows.
  await fac.getByRole("button", { name: "Start workshop" }).click();
  const prompt = guest.getByTestId("question-prompt");
  await expect(prompt).toBeVisible(FOLLOW);
  const firstPrompt = await prompt.textContent();

  // Private vote: the facilitator sees that someone voted, nobody sees what.
  await guest.getByRole("button", { name: /L2 / }).click();
  await expect(guest.getByTestId("vote-status")).toContainText("Your vote is in");
  await expect(fac.getByTestId("vote-count")).toContainText("1 of 1 voted", FOLLOW);
  for (const [ctx, base] of [
    [guestContext, B],
    [facilitatorContext, A],
  ] as const) {
    const { state } = await (await ctx.request.get(`${base}/api/workshops/${workshopId}/state`)).json();
    expect(state.result).toBeNull();
    expect(state.votedIds).toHaveLength(1);
    expect(JSON.stringify(state)).not.toContain('"participantId"');
  }
  const own = await (await guestContext.request.get(`${B}/api/workshops/${workshopId}/vote`)).json();
  expect(own.vote).toMatchObject({ level: 2, notSure: false });

  // A reload lands on the same question with the vote intact; the facilitator reload keeps control.
  await guest.reload();
  await expect(prompt).toHaveText(firstPrompt!);
  await expect(guest.getByRole("button", { name: /L2 / })).toHaveAttribute("aria-pressed", "true");
  await fac.reload();

  // Guest scope: nothing of the organization, no other workshop, no facilitator commands.
  expect((await guestContext.request.get(`${B}/api/orgs/demo/assessments/x/answers`)).status()).toBe(401);
  expect((await guestContext.request.get(`${B}/api/workshops/c00000000000000000000000/state`)).status()).toBe(
    404,
  );
  expect(
    (
      await guestContext.request.post(`${B}/api/workshops/${workshopId}/commands`, {
        headers: sameOrigin(`${B}/api/workshops/${workshopId}/commands`),
        data: { type: "reveal" },
      })
    ).status(),
  ).toBe(403);
  await guest.goto(`${B}/orgs/demo`);
  await expect(guest).toHaveURL(/\/sign-in/);
  await guest.goto(`${B}/live/${workshopId}`);

  // Reveal: the distribution reaches the guest on the other instance.
  await fac.getByRole("button", { name: "Reveal votes" }).click();
  await expect(guest.getByTestId("distribution")).toBeVisible(FOLLOW);
  await expect(guest.getByRole("list", { name: "Individual votes" })).toContainText("Gina Guest (you)");

  // Consensus (the median is proposed) with a note.
  await fac.getByLabel("Notes (optional)").fill("Agreed after discussion");
  await fac.getByRole("button", { name: "Record consensus" }).click();
  await expect(guest.getByTestId("consensus")).toContainText("Agreed after discussion", FOLLOW);
  await expect(guest.getByTestId("consensus")).toContainText("L2");

  // Next question, then end: the assessment is submitted with the consensus.
  await fac.getByRole("button", { name: "Next question" }).click();
  await expect(prompt).not.toHaveText(firstPrompt!, FOLLOW);
  await fac.getByRole("button", { name: "End workshop…" }).click();
  await fac.getByRole("button", { name: "End and submit the assessment" }).click();
  await expect(guest.getByText("The workshop has ended.")).toBeVisible(FOLLOW);
  await fac.getByRole("link", { name: "Assessment results" }).click();
  await fac.waitForURL(/\/assessments\/[^/]+\/results/);
  await expect(fac.getByRole("heading", { level: 1 })).toBeVisible();

  // The summary (printable) for the guest; the join code no longer works.
  await guest.getByRole("link", { name: "See the summary" }).click();
  await expect(guest.getByTestId("summary-table")).toContainText("Agreed after discussion");
  await expect(guest.getByText("Gina Guest (guest)")).toBeVisible();
  await expect(guest.getByRole("link", { name: "Assessment results" })).toHaveCount(0);
  const late = await fac.request.post(`${B}/api/workshops/join`, {
    headers: sameOrigin(`${B}/api/workshops/join`),
    data: { code, displayName: "Late" },
  });
  expect(late.status()).toBe(404);

  await facilitatorContext.close();
  await guestContext.close();
});

test("join page refuses bad codes and keeps guests out of other pages", async ({ page }) => {
  await page.goto(`${B}/live?code=ZZZZZ-ZZZZZ`);
  await page.getByLabel("Your name (shown to the group)").fill("Nobody");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText("This code is not valid, or the workshop has ended.")).toBeVisible();
  await page.goto(`${B}/live/c00000000000000000000000`);
  await expect(page).toHaveURL(/\/live$/);
});

test("the old addresses /join and /w/<id> redirect permanently to /live, query string kept", async ({
  request,
}) => {
  const id = "c00000000000000000000000";
  for (const [from, to] of [
    ["/join", "/live"],
    ["/join?code=ABCDE-FGHJK", "/live?code=ABCDE-FGHJK"],
    [`/w/${id}`, `/live/${id}`],
    [`/w/${id}/summary?print=1`, `/live/${id}/summary?print=1`],
  ]) {
    const res = await request.get(`${B}${from}`, { maxRedirects: 0 });
    expect(res.status(), from).toBe(308);
    const location = new URL(res.headers()["location"]!, B);
    expect(`${location.pathname}${location.search}`, from).toBe(to);
  }
});

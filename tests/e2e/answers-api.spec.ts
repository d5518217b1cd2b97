import { expect, test } from "@playwright/test";
import { DEMO, signIn, openTeamFromList, sameOrigin } from "./helpers";

test.describe("answers API: bad input gets a clear 4xx and loses nothing", () => {
  test("validates every request and keeps saved answers", async ({ page, browser, playwright }) => {
    await signIn(page, DEMO.lead);
    await page.goto("/orgs/demo/teams");
    await openTeamFromList(page, "Payments");
    await page.getByRole("button", { name: "Start assessment" }).click();
    await page.waitForURL(/assessments\/[^/?]+/);
    const assessmentId = new URL(page.url()).pathname.split("/")[4]!;
    const api = `/api/orgs/demo/assessments/${assessmentId}/answers`;

    const ok = await page.request.put(api, {
      headers: sameOrigin(api),
      data: { questionId: "investment-1", level: 3, notes: "keep me" },
    });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).answer).toMatchObject({
      questionId: "investment-1",
      level: 3,
      notes: "keep me",
    });
    const retry = await page.request.put(api, {
      headers: sameOrigin(api),
      data: { questionId: "investment-1", level: 3, notes: "keep me" },
    });
    expect(retry.status()).toBe(200);

    const cases: Array<[string, string | object, RegExp]> = [
      ["malformed JSON", "{ not json", /not valid JSON/],
      ["out-of-range level", { questionId: "investment-1", level: 7 }, /Level 7 is not an option/],
      ["fractional level", { questionId: "investment-1", level: 2.5 }, /whole number/],
      ["unknown question", { questionId: "nope-1", level: 1 }, /Unknown question/],
      ["oversized notes", { questionId: "investment-1", level: 1, notes: "x".repeat(2001) }, /at most 2000/],
      [
        "level and not sure",
        { questionId: "investment-1", level: 2, notSure: true },
        /either a level or not sure/,
      ],
      ["unexpected field", { questionId: "investment-1", level: 2, score: 4 }, /score|Unrecognized/i],
      [
        "bad evidence link",
        { questionId: "investment-1", level: 2, evidenceUrl: "javascript:alert(1)" },
        /http\(s\)/,
      ],
    ];
    for (const [label, body, message] of cases) {
      const response = await page.request.put(api, {
        headers: sameOrigin(api),
        data: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
      });
      expect(response.status(), label).toBe(400);
      const json = await response.json();
      expect(json.error.code, label).toBe("INVALID_INPUT");
      expect(json.error.message, label).toMatch(message);
    }
    const tooLarge = await page.request.put(api, {
      headers: sameOrigin(api),
      data: Buffer.from(JSON.stringify({ questionId: "investment-1", level: 1, notes: "x".repeat(70_000) })),
    });
    expect(tooLarge.status()).toBe(413);
    // A cross-site form post (text/plain) and a foreign Origin are refused before anything is parsed.
    const formPost = await page.request.put(api, {
      headers: sameOrigin(api, { "content-type": "text/plain" }),
      data: JSON.stringify({ questionId: "investment-1", level: 1 }),
    });
    expect(formPost.status()).toBe(415);
    const foreign = await page.request.put(api, {
      headers: sameOrigin(api, { origin: "https://evil.example" }),
      data: { questionId: "investment-1", level: 1 },
    });
    expect(foreign.status()).toBe(403);

    const saved = await (await page.request.get(api)).json();
    expect(saved.answers).toEqual([
      expect.objectContaining({ questionId: "investment-1", level: 3, notes: "keep me" }),
    ]);

    // A member may read but not write; a signed-out client is told to sign in.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, DEMO.member);
    expect((await memberPage.request.get(api)).status()).toBe(200);
    const forbidden = await memberPage.request.put(api, {
      headers: sameOrigin(api),
      data: { questionId: "investment-1", level: 1 },
    });
    expect(forbidden.status()).toBe(403);
    await memberContext.close();

    const anonymous = await playwright.request.newContext({ baseURL: page.url() });
    // Same-origin JSON (else the CSRF guard answers 403 before anything else), but no session.
    const unauthenticated = await anonymous.put(api, {
      headers: sameOrigin(api),
      data: { questionId: "investment-1", level: 1 },
    });
    expect(unauthenticated.status()).toBe(401);
    await anonymous.dispose();

    const after = await (await page.request.get(api)).json();
    expect(after.answers).toEqual([expect.objectContaining({ level: 3, notes: "keep me" })]);
  });
});

import { expect, test } from "@playwright/test";
import { DEMO, signIn, followOrgNavLink } from "./helpers";

test.describe("REST API v1 with a token made in the UI", () => {
  test("an admin creates an org token; a script starts, answers and submits an assessment and reads its results", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signIn(page, DEMO.admin);
    await page.goto("/orgs/demo");
    await followOrgNavLink(page, "API");
    await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
    const form = page.getByRole("form", { name: "New organization token" });
    const name = `e2e script ${Date.now()}`;
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Scope").selectOption("WRITE");
    await form.getByRole("button", { name: "Create token" }).click();
    const secret = form.getByTestId("new-token");
    await expect(secret).toHaveValue(/^swp_/);
    const token = await secret.inputValue();

    // A plain HTTP client: no cookies, only the token.
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${token}` },
    });
    const base = "/api/v1/orgs/demo";
    const teams = await api.get(`${base}/teams?limit=100`);
    expect(teams.status()).toBe(200);
    expect(teams.headers()["ratelimit-remaining"]).toMatch(/^\d+$/);
    const payments = (await teams.json()).data.find((t: { name: string }) => t.name === "Payments");
    const models = (await (await api.get(`${base}/models`)).json()).data as Array<{
      key: string;
      version: number;
    }>;
    const cncf = models.find((m) => m.key === "cncf-platform-engineering")!;
    const model = await (await api.get(`${base}/models/${cncf.key}/${cncf.version}`)).json();

    const created = await api.post(`${base}/assessments`, {
      data: { teamId: payments.id, model: { key: cncf.key, version: cncf.version }, title: name },
    });
    expect(created.status()).toBe(201);
    const assessment = await created.json();
    const answers = model.aspects.flatMap(
      (a: { questions: Array<{ id: string; options: Array<{ level: number }> }> }) =>
        a.questions.map((q) => ({ questionId: q.id, level: q.options[q.options.length - 1]!.level })),
    );
    const put = await api.put(`${base}/assessments/${assessment.id}/answers`, { data: { answers } });
    expect(put.status()).toBe(200);
    expect((await put.json()).saved).toBe(answers.length);
    const submitted = await api.post(`${base}/assessments/${assessment.id}/submit`);
    expect(submitted.status()).toBe(200);
    const results = await api.get(`${base}/assessments/${assessment.id}/results`);
    const body = await results.json();
    expect(body.status).toBe("SUBMITTED");
    expect(body.aspects.length).toBe(model.aspects.length);
    for (const aspect of body.aspects) {
      expect(aspect.level).toBe(model.levels.length);
      expect(aspect.explanation.length).toBeGreaterThan(0);
    }
    // Conditional read.
    const etag = results.headers()["etag"]!;
    expect(
      (
        await api.get(`${base}/assessments/${assessment.id}/results`, { headers: { "If-None-Match": etag } })
      ).status(),
    ).toBe(304);

    // The people in the app see the submitted assessment.
    await page.goto(`/orgs/demo/assessments/${assessment.id}/results`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // The token list shows its last use; revoking it stops it at once.
    await page.goto("/orgs/demo/api-tokens");
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(token.slice(0, 12));
    await expect(row).toContainText(/ from /);
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(row).toContainText("revoked");
    const refused = await api.get(`${base}/teams`);
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    await api.dispose();
  });

  test("the reference page renders the OpenAPI document with a local renderer", async ({ page }) => {
    const external: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.hostname !== "localhost" && url.protocol.startsWith("http")) external.push(r.url());
    });
    await page.goto("/developers/api");
    await expect(page.getByRole("heading", { level: 1, name: "Stepwise API reference" })).toBeVisible();
    // Rendered by swagger-ui from /api/v1/openapi.json: the document's title and its operations.
    await expect(page.getByRole("heading", { name: /Stepwise API 1\.0\.0/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      page.getByRole("button", { name: /POST \/orgs\/\{org\}\/assessments Start a draft assessment/ }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /PUT .*\/answers Save answers in bulk/ })).toBeVisible();
    expect(external).toEqual([]);
    const doc = await page.request.get("/api/v1/openapi.json");
    expect((await doc.json()).openapi).toBe("3.1.0");
  });
});

import { expect, test } from "@playwright/test";
import { verifyStepwiseWebhook } from "../../docs/examples/verify-stepwise-webhook";
import { startReceiver } from "../support/webhook-receiver";
import { DEMO, signIn, followOrgNavLink } from "./helpers";

test.describe("webhooks", () => {
  test("an admin creates a token and a webhook in the UI; an API submit reaches the receiver, signed", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const receiver = await startReceiver();
    try {
      await signIn(page, DEMO.admin);
      const stamp = Date.now();

      // 1. A token, in the UI.
      await page.goto("/orgs/demo/api-tokens");
      const tokenForm = page.getByRole("form", { name: "New organization token" });
      await tokenForm.getByLabel("Name").fill(`e2e webhook script ${stamp}`);
      await tokenForm.getByLabel("Scope").selectOption("WRITE");
      await tokenForm.getByRole("button", { name: "Create token" }).click();
      await expect(tokenForm.getByTestId("new-token")).toHaveValue(/^swp_/);
      const token = await tokenForm.getByTestId("new-token").inputValue();

      // 2. A webhook, in the UI (reached from the org menu): a bad URL is refused with a clear message first.
      await followOrgNavLink(page, "Webhooks");
      await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
      const form = page.getByRole("form", { name: "New webhook" });
      const name = `e2e receiver ${stamp}`;
      await form.getByLabel("Name").fill(name);
      await form.getByLabel("URL").fill("https://10.0.0.1/hook");
      await form.getByRole("button", { name: "Create webhook" }).click();
      await expect(form.getByRole("alert")).toContainText("must point to a public address");
      await form.getByLabel("URL").fill(`${receiver.url}/stepwise`);
      await form.getByLabel("assessment.submitted").check();
      await form.getByLabel("plan.step.overdue").check();
      await form.getByRole("button", { name: "Create webhook" }).click();
      await expect(form.getByTestId("webhook-secret")).toHaveValue(/^whsec_/);
      const secret = await form.getByTestId("webhook-secret").inputValue();
      const card = page.getByRole("region", { name: `Webhook ${name}` });
      await expect(card).toContainText("assessment.submitted, plan.step.overdue");

      // 3. A script with only the token submits an assessment through /api/v1.
      const api = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { Authorization: `Bearer ${token}` },
      });
      const base = "/api/v1/orgs/demo";
      const teams = (await (await api.get(`${base}/teams?limit=100`)).json()).data as Array<{
        id: string;
        name: string;
      }>;
      const team = teams.find((t) => t.name === "Payments")!;
      const models = (await (await api.get(`${base}/models`)).json()).data as Array<{
        key: string;
        version: number;
      }>;
      const cncf = models.find((m) => m.key === "cncf-platform-engineering")!;
      const model = await (await api.get(`${base}/models/${cncf.key}/${cncf.version}`)).json();
      const created = await api.post(`${base}/assessments`, {
        data: { teamId: team.id, model: { key: cncf.key, version: cncf.version }, title: `webhook ${stamp}` },
      });
      expect(created.status()).toBe(201);
      const assessment = (await created.json()) as { id: string };
      const answers = model.aspects.flatMap((a: { questions: Array<{ id: string }> }) =>
        a.questions.map((q) => ({ questionId: q.id, level: 2 })),
      );
      expect(
        (await api.put(`${base}/assessments/${assessment.id}/answers`, { data: { answers } })).status(),
      ).toBe(200);
      expect((await api.post(`${base}/assessments/${assessment.id}/submit`)).status()).toBe(200);
      await api.dispose();

      // 4. The receiver gets a verified assessment.submitted for it (the app's worker delivers within seconds).
      const mine = () =>
        receiver.received.filter(
          (r) => r.headers["stepwise-event"] === "assessment.submitted" && r.body.includes(assessment.id),
        );
      await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(1);
      const req = mine()[0]!;
      expect(
        verifyStepwiseWebhook(
          secret,
          req.body,
          req.headers["stepwise-signature"] as string,
          req.headers["stepwise-timestamp"] as string,
        ),
      ).toBe(true);
      const event = JSON.parse(req.body);
      expect(event).toMatchObject({
        type: "assessment.submitted",
        id: req.headers["stepwise-event-id"],
        organization: { slug: "demo" },
        data: { assessment: { id: assessment.id }, team: { id: team.id, name: "Payments" } },
      });

      // 5. The delivery log shows it; redeliver sends the same event again.
      await page.reload();
      const row = card.getByTestId("delivery-row").filter({ hasText: event.id });
      await expect(row).toContainText("delivered");
      await row.getByRole("button", { name: "Redeliver" }).click();
      await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(2);
      expect(mine()[1]!.headers["stepwise-event-id"]).toBe(event.id);

      // 6. Disable, then delete it.
      await card.getByRole("button", { name: `Disable ${name}` }).click();
      await expect(card).toContainText("disabled");
      page.once("dialog", (d) => void d.accept());
      await card.getByRole("button", { name: `Delete ${name}` }).click();
      await expect(card).toHaveCount(0);
    } finally {
      await receiver.stop();
    }
  });

  test("non-admins do not see webhooks", async ({ page }) => {
    await signIn(page, DEMO.lead);
    const res = await page.goto("/orgs/demo/webhooks");
    expect(res?.status()).toBe(404);
  });
});

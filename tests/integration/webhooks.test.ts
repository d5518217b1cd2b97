import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { createJourney } from "@/lib/data/journeys";
import { createStep, getPlan, setStepStatus, updateStep } from "@/lib/data/plans";
import { castVote } from "@/lib/data/workshops/votes";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { endWorkshop } from "@/lib/data/workshops/end";
import { deliverDueWebhooks, runOverdueScan } from "@/lib/data/webhooks/delivery";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook,
  setWebhookEnabled,
} from "@/lib/data/webhooks/endpoints";
import { emitWebhookEvent } from "@/lib/data/webhooks/outbox";
import type { OrgContext } from "@/lib/authz";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { verifyStepwiseWebhook } from "../../docs/examples/verify-stepwise-webhook";
import { createTenant, ensureModels } from "../fixtures/tenants";
import { startReceiver } from "../support/webhook-receiver";
import { workshopFixture } from "./workshop-helpers";

process.env.WEBHOOKS_ALLOW_INSECURE_URLS = "true";

let models: Awaited<ReturnType<typeof ensureModels>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const plan: Array<number> = [];
beforeAll(async () => {
  models = await ensureModels();
  receiver = await startReceiver((_n, req) => {
    // Per-path behaviour: /fail-twice/<id> fails its first two requests; /always-fail always fails.
    if (req.path.startsWith("/always-fail")) return 503;
    if (req.path.startsWith("/fail-twice")) {
      const seen = receiver.received.filter((r) => r.path === req.path).length;
      return seen <= 2 ? 500 : 204;
    }
    plan.push(req.n);
    return 200;
  });
});
afterAll(async () => {
  await receiver.stop();
});

const unique = () => Math.random().toString(36).slice(2, 10);

async function submitWith(ctx: OrgContext, teamId: string, level: number) {
  const { id } = await startAssessment(ctx, { teamId, modelId: models.cncf, title: `level ${level}` });
  const definition = (
    await db.maturityModel.findUniqueOrThrow({ where: { id: models.cncf }, select: { definition: true } })
  ).definition as { aspects: Array<{ id: string; questions: Array<{ id: string }> }> };
  for (const aspect of definition.aspects)
    for (const q of aspect.questions)
      await saveAnswer(ctx, id, { questionId: q.id, level, notSure: false, notes: "", evidenceUrl: "" });
  await submitAssessment(ctx, id);
  return id;
}

async function endpointFor(admin: OrgContext, path: string, events: string[] = [...WEBHOOK_EVENT_TYPES]) {
  return createWebhookEndpoint(admin, { name: `hook ${path}`, url: `${receiver.url}${path}`, events });
}

/** Delivers this org's due deliveries now (and again, moved `advanceMs` into the future, `rounds` times). */
async function drain(
  orgId: string,
  rounds = 1,
  advanceMs = 0,
  extra: Parameters<typeof deliverDueWebhooks>[0] = {},
) {
  const results = [];
  for (let i = 0; i < rounds; i++)
    results.push(
      await deliverDueWebhooks({
        orgId,
        now: new Date(Date.now() + i * advanceMs),
        backoffBaseMs: 1000,
        ...extra,
      }),
    );
  return results;
}

const eventsOf = async (orgId: string) =>
  db.webhookEvent.findMany({ where: { organizationId: orgId }, orderBy: { createdAt: "asc" } });

describe("webhook endpoints", () => {
  it("admins only; https or localhost-in-tests only; private addresses refused; secret sealed and shown once", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    await expect(endpointFor(lead, "/x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const url of [
      "http://example.com/h",
      "https://10.0.0.5/h",
      "https://169.254.169.254/latest",
      "ftp://x/y",
      "nope",
    ])
      await expect(
        createWebhookEndpoint(admin, { name: "x", url, events: ["assessment.submitted"] }),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { url: [expect.any(String)] },
      });
    await expect(
      createWebhookEndpoint(admin, { name: "x", url: `${receiver.url}/x`, events: [] }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { events: ["Choose at least one event"] },
    });
    await expect(
      createWebhookEndpoint(admin, { name: "x", url: `${receiver.url}/x`, events: ["nope.event"] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { secret, endpoint } = await endpointFor(admin, "/x");
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secretEnc.startsWith("v1.")).toBe(true);
    expect(JSON.stringify(await listWebhookEndpoints(admin))).not.toContain("secretEnc");
    const audit = await db.auditEvent.findFirst({
      where: { organizationId: t.org.id, action: "webhook.created" },
    });
    expect(audit?.targetId).toBe(endpoint.id);
  });

  it("another organization's endpoints and deliveries are not found", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const adminA = await a.member("ADMIN");
    const adminB = await b.member("ADMIN");
    const { endpoint } = await endpointFor(adminA, "/cross");
    const eventId = await db.$transaction((tx) =>
      emitWebhookEvent(tx, a.org.id, "assessment.submitted", { x: 1 }),
    );
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { eventId: eventId! } });
    await expect(listWebhookDeliveries(adminB, endpoint.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setWebhookEnabled(adminB, endpoint.id, false)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWebhookEndpoint(adminB, endpoint.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(redeliverWebhook(adminB, delivery.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listWebhookEndpoints(adminB)).toEqual([]);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).enabled).toBe(true);
  });
});

describe("webhook delivery", () => {
  it("signs timestamp.body with the endpoint secret (verified with the documented snippet)", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    const path = `/signed/${unique()}`;
    const { secret } = await endpointFor(admin, path, ["assessment.submitted"]);
    const assessmentId = await submitWith(lead, t.teamId, 2);
    const [result] = await drain(t.org.id);
    expect(result).toMatchObject({ claimed: 1, succeeded: 1 });
    const got = receiver.received.filter((r) => r.path === path);
    expect(got).toHaveLength(1);
    const req = got[0]!;
    const sig = req.headers["stepwise-signature"] as string;
    const ts = req.headers["stepwise-timestamp"] as string;
    expect(verifyStepwiseWebhook(secret, req.body, sig, ts)).toBe(true);
    expect(verifyStepwiseWebhook(secret, `${req.body} `, sig, ts)).toBe(false);
    expect(verifyStepwiseWebhook(`${secret}x`, req.body, sig, ts)).toBe(false);
    expect(verifyStepwiseWebhook(secret, req.body, sig, String(Number(ts) - 3600))).toBe(false);
    const body = JSON.parse(req.body);
    expect(req.headers["stepwise-event-id"]).toBe(body.id);
    expect(req.headers["stepwise-event"]).toBe("assessment.submitted");
    expect(body).toMatchObject({
      type: "assessment.submitted",
      organization: { slug: t.org.slug },
      data: {
        assessment: { id: assessmentId },
        team: { id: t.teamId },
        model: { key: "cncf-platform-engineering" },
      },
    });
    expect(body.data.aspects.length).toBeGreaterThan(0);
  });

  it("retries with backoff against a receiver that fails twice, then succeeds; logs every attempt", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const path = `/fail-twice/${unique()}`;
    const { endpoint } = await endpointFor(admin, path, ["assessment.submitted"]);
    await db.$transaction((tx) => emitWebhookEvent(tx, t.org.id, "assessment.submitted", { n: 1 }));
    const start = Date.now();
    expect((await drain(t.org.id))[0]).toMatchObject({ claimed: 1, failed: 1 });
    let d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(d).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500 });
    // attempt 1 failed: next in [base/2, base] (1000 ms base in this test)
    expect(d.nextAttemptAt.getTime() - start).toBeGreaterThanOrEqual(450);
    expect(d.nextAttemptAt.getTime() - start).toBeLessThanOrEqual(1000 + 2000);
    // Not due yet: nothing is claimed now.
    expect((await drain(t.org.id))[0]).toMatchObject({ claimed: 0 });
    const second = new Date(d.nextAttemptAt.getTime() + 1);
    expect(await deliverDueWebhooks({ orgId: t.org.id, now: second, backoffBaseMs: 1000 })).toMatchObject({
      failed: 1,
    });
    d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    // attempt 2 failed: delay doubles, in [base, 2·base]
    expect(d.nextAttemptAt.getTime() - second.getTime()).toBeGreaterThanOrEqual(1000);
    expect(d.nextAttemptAt.getTime() - second.getTime()).toBeLessThanOrEqual(2000);
    expect(
      await deliverDueWebhooks({
        orgId: t.org.id,
        now: new Date(d.nextAttemptAt.getTime() + 1),
        backoffBaseMs: 1000,
      }),
    ).toMatchObject({ succeeded: 1 });
    d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(d).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastStatusCode: 204 });
    const [log] = await listWebhookDeliveries(admin, endpoint.id);
    expect(log!.attemptLog.map((a) => [a.attempt, a.statusCode, a.ok])).toEqual([
      [3, 204, true],
      [2, 500, false],
      [1, 500, false],
    ]);
    expect(log!.attemptLog[1]!.responseExcerpt).toBe(
      "nope " + String(receiver.received.filter((r) => r.path === path)[1]!.n),
    );
    expect(log!.attemptLog.every((a) => a.latencyMs >= 0)).toBe(true);
    const ids = new Set(
      receiver.received.filter((r) => r.path === path).map((r) => r.headers["stepwise-event-id"]),
    );
    expect(ids.size).toBe(1); // the same event id on every retry
    // Manual redeliver: queued again, sent again with the same event id.
    await redeliverWebhook(admin, d.id);
    await expect(redeliverWebhook(admin, d.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await drain(t.org.id))[0]).toMatchObject({ succeeded: 1 });
    expect(receiver.received.filter((r) => r.path === path)).toHaveLength(4);
  });

  it("disables an endpoint after N consecutive failures, with an audit event; re-enabling resets the count", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { endpoint } = await endpointFor(admin, `/always-fail/${unique()}`, ["assessment.submitted"]);
    for (let i = 0; i < 3; i++)
      await db.$transaction((tx) => emitWebhookEvent(tx, t.org.id, "assessment.submitted", { i }));
    expect((await drain(t.org.id, 1, 0, { disableAfter: 3 }))[0]).toMatchObject({ claimed: 3, failed: 3 });
    const ep = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(ep).toMatchObject({ enabled: false, consecutiveFailures: 3 });
    expect(ep.disabledReason).toContain("3 consecutive failed deliveries");
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.org.id, action: "webhook.disabled" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetId: endpoint.id, actorLabel: "system (webhook delivery)" });
    // Disabled: no new events are written for it, and pending retries are not sent.
    expect(
      await db.$transaction((tx) => emitWebhookEvent(tx, t.org.id, "assessment.submitted", {})),
    ).toBeNull();
    expect((await drain(t.org.id, 1, 3_600_000))[0]).toMatchObject({ claimed: 0 });
    await setWebhookEnabled(admin, endpoint.id, true);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
  });

  it("two concurrent workers deliver each event exactly once (FOR UPDATE SKIP LOCKED + lease)", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const path = `/concurrent/${unique()}`;
    await endpointFor(admin, path, ["plan.step.overdue"]);
    const n = 40;
    for (let i = 0; i < n; i++)
      await db.$transaction((tx) => emitWebhookEvent(tx, t.org.id, "plan.step.overdue", { i }));
    const worker = async () => {
      let total = 0;
      for (;;) {
        const r = await deliverDueWebhooks({ orgId: t.org.id, limit: 5 });
        total += r.succeeded;
        if (r.claimed === 0) return total;
      }
    };
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a + b).toBe(n);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const got = receiver.received.filter((r) => r.path === path);
    expect(got).toHaveLength(n);
    expect(new Set(got.map((r) => r.headers["stepwise-event-id"])).size).toBe(n);
    const rows = await db.webhookDelivery.findMany({ where: { organizationId: t.org.id } });
    expect(rows.every((r) => r.status === "SUCCEEDED" && r.attempts === 1)).toBe(true);
  });

  it("refuses at delivery time an endpoint whose host resolves to a private address", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { endpoint } = await createWebhookEndpoint(admin, {
      name: "rebind",
      url: "https://example.com/hook",
      events: ["assessment.submitted"],
    });
    // The URL was public when saved; now it points at a private address (as DNS rebinding would).
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: "http://10.1.2.3:9/hook" } });
    await db.$transaction((tx) => emitWebhookEvent(tx, t.org.id, "assessment.submitted", {}));
    expect((await drain(t.org.id))[0]).toMatchObject({ claimed: 1, failed: 1 });
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(d.lastError).toContain("refused");
  });
});

describe("events are written in the same transaction as their change", () => {
  /** Makes every outbox insert of `orgId` (optionally of one type) fail, so the change must roll back. */
  async function failOutbox(orgId: string, type: string | null, run: () => Promise<unknown>) {
    const fn = `test_fail_outbox_${unique()}`;
    await db.$executeRawUnsafe(`
      CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.organization_id = '${orgId}' AND (${type ? `NEW.type = '${type}'` : "true"}) THEN
          RAISE EXCEPTION 'outbox refused for the test';
        END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON webhook_events FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await expect(run()).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${fn} ON webhook_events`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
  }

  it("assessment.submitted, assessment.level_changed and journey.target_reached (submit)", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    await endpointFor(admin, "/events");
    await createJourney(lead, {
      title: "Reach 3",
      goal: "Grow.",
      teamId: t.teamId,
      modelId: models.cncf,
      targets: { investment: 3, adoption: 2 },
    });
    await submitWith(lead, t.teamId, 1);
    expect((await eventsOf(t.org.id)).map((e) => e.type)).toEqual(["assessment.submitted"]);
    // Outbox refused ⇒ the submit rolls back: still a draft, no frozen scores.
    const { id: draftId } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await saveAnswer(lead, draftId, {
      questionId: (await firstQuestion()).id,
      level: 3,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    for (const type of ["assessment.submitted", "assessment.level_changed", "journey.target_reached"])
      await failOutbox(t.org.id, type, () => submitAssessment(lead, draftId));
    expect(await db.assessment.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({
      status: "DRAFT",
    });
    expect(await db.aspectScore.count({ where: { assessmentId: draftId } })).toBe(0);
    await db.assessment.delete({ where: { id: draftId } });
    const second = await submitWith(lead, t.teamId, 3);
    const events = await eventsOf(t.org.id);
    const after = events.slice(1);
    expect(after[0]!.type).toBe("assessment.submitted");
    const changed = after.filter((e) => e.type === "assessment.level_changed");
    expect(changed.length).toBeGreaterThan(1);
    expect(changed[0]!.payload).toMatchObject({ from: 1, to: 3, assessment: { id: second } });
    const reached = after.filter((e) => e.type === "journey.target_reached");
    expect(reached.map((e) => (e.payload as { aspect: { id: string } }).aspect.id).sort()).toEqual([
      "adoption",
      "investment",
    ]);
    expect(reached[1]!.payload).toMatchObject({
      target: expect.any(Number),
      level: 3,
      allTargetsReached: true,
    });
    // A third submit at the same levels: submitted only (no change, targets already reached).
    await submitWith(lead, t.teamId, 3);
    expect((await eventsOf(t.org.id)).slice(events.length).map((e) => e.type)).toEqual([
      "assessment.submitted",
    ]);
  });

  it("plan.step.status_changed (board move and full edit) and plan.step.overdue (once per due date)", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    await endpointFor(admin, "/events");
    const journey = await createJourney(lead, {
      title: "Plan",
      goal: "Grow.",
      teamId: t.teamId,
      modelId: models.cncf,
      targets: { investment: 3 },
    });
    const { step } = await createStep(lead, journey.id, {
      title: "Write it down",
      aspectId: "investment",
      level: 2,
      dueOn: "2020-01-01",
    });
    await failOutbox(t.org.id, null, () => setStepStatus(lead, step.id, "DOING", 1));
    expect((await getPlan(lead, journey.id)).steps[0]).toMatchObject({ status: "TODO", version: 1 });
    await setStepStatus(lead, step.id, "DOING", 1);
    await updateStep(
      lead,
      step.id,
      { title: "Write it down", aspectId: "investment", level: 2, status: "DOING", dueOn: "2020-01-01" },
      2,
    );
    await updateStep(
      lead,
      step.id,
      { title: "Write it down", aspectId: "investment", level: 2, status: "TODO", dueOn: "2020-01-01" },
      3,
    );
    const changes = (await eventsOf(t.org.id)).filter((e) => e.type === "plan.step.status_changed");
    expect(
      changes.map((e) => [(e.payload as { from: string }).from, (e.payload as { to: string }).to]),
    ).toEqual([
      ["TODO", "DOING"],
      ["DOING", "TODO"],
    ]);
    expect(changes[0]!.payload).toMatchObject({
      step: { id: step.id, title: "Write it down" },
      team: { id: t.teamId },
    });

    await failOutbox(t.org.id, "plan.step.overdue", () => runOverdueScan());
    expect((await db.planStep.findUniqueOrThrow({ where: { id: step.id } })).overdueNotifiedOn).toBeNull();
    await runOverdueScan();
    await runOverdueScan();
    const overdue = () => eventsOf(t.org.id).then((e) => e.filter((x) => x.type === "plan.step.overdue"));
    expect(await overdue()).toHaveLength(1);
    expect((await overdue())[0]!.payload).toMatchObject({ step: { id: step.id, dueOn: "2020-01-01" } });
    // A new due date (still past) re-arms it once.
    await updateStep(
      lead,
      step.id,
      { title: "Write it down", aspectId: "investment", level: 2, status: "TODO", dueOn: "2020-02-01" },
      4,
    );
    await runOverdueScan();
    await runOverdueScan();
    expect(await overdue()).toHaveLength(2);
  });

  it("workshop.ended (with its assessment.submitted) in the workshop's end transaction", async () => {
    const w = await workshopFixture();
    const admin = await w.t.member("ADMIN");
    await endpointFor(admin, "/events");
    const ada = await w.guest("Ada");
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    await runWorkshopCommand(w.facilitatorAccess, { type: "consensus", level: 2, notSure: false, notes: "" });
    await failOutbox(w.t.org.id, "workshop.ended", () => endWorkshop(w.facilitatorAccess));
    expect(await db.workshop.findUniqueOrThrow({ where: { id: w.workshopId } })).toMatchObject({
      status: expect.not.stringMatching("ENDED"),
    });
    await endWorkshop(w.facilitatorAccess);
    const events = await eventsOf(w.t.org.id);
    expect(events.map((e) => e.type)).toEqual(["workshop.ended", "assessment.submitted"]);
    expect(events[0]!.payload).toMatchObject({
      workshop: { id: w.workshopId },
      assessment: { id: w.assessmentId },
    });
    expect(events[1]!.payload).toMatchObject({
      workshopId: w.workshopId,
      assessment: { mode: expect.any(String) },
    });
  });

  it("writes nothing when no enabled endpoint subscribes to the type", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    await endpointFor(admin, "/events", ["workshop.ended"]);
    await submitWith(lead, t.teamId, 2);
    expect(await eventsOf(t.org.id)).toEqual([]);
  });
});

async function firstQuestion() {
  const definition = (
    await db.maturityModel.findUniqueOrThrow({ where: { id: models.cncf }, select: { definition: true } })
  ).definition as { aspects: Array<{ id: string; questions: Array<{ id: string }> }> };
  return definition.aspects[0]!.questions[0]!;
}

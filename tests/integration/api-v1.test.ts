import { beforeAll, describe, expect, it } from "vitest";
import {
  createAssessmentEndpoint,
  getAssessmentEndpoint,
  getResultsEndpoint,
  listAssessmentsEndpoint,
  putAnswersEndpoint,
  submitAssessmentEndpoint,
} from "@/lib/api/v1/assessments";
import { exportAssessmentEndpoint, importAssessmentEndpoint } from "@/lib/api/v1/assessment-code";
import { overviewEndpoint, trendsEndpoint } from "@/lib/api/v1/dashboard";
import {
  createJourneyEndpoint,
  getJourneyEndpoint,
  listJourneysEndpoint,
  putJourneyTargetsEndpoint,
} from "@/lib/api/v1/journeys";
import {
  createStepEndpoint,
  getPlanEndpoint,
  getStepEndpoint,
  listPlansEndpoint,
  listStepsEndpoint,
  updateStepEndpoint,
} from "@/lib/api/v1/plans";
import { getModelEndpoint, getTeamEndpoint, listModelsEndpoint, listTeamsEndpoint } from "@/lib/api/v1/teams";
import { db } from "@/lib/db";
import { parse as parseYaml } from "yaml";
import { createTenant, ensureModels } from "../fixtures/tenants";
import { call, tokenFor } from "./api-helpers";

beforeAll(async () => {
  await ensureModels();
});

const TINY = { key: "tiny-model", version: 1 };
const tinyAnswers = [
  { questionId: "delivery-1", level: 3, notes: "on merge", evidenceUrl: "https://ci.example.com/p" },
  { questionId: "delivery-2", level: 2 },
  { questionId: "feedback-1", level: null, notSure: true },
];

async function setup() {
  const t = await createTenant();
  const admin = await t.member("ADMIN");
  const lead = await t.member("LEAD", { inTeam: true });
  const viewer = await t.member("VIEWER");
  const org = t.org.slug;
  const write = (await tokenFor(lead)).token;
  const adminToken = (await tokenFor(admin)).token;
  const read = (await tokenFor(viewer, { scope: "READ" })).token;
  const teamOnly = (await tokenFor(admin, { teamId: t.teamId })).token;
  return { t, org, admin, lead, write, adminToken, read, teamOnly };
}

async function draftWithAnswers(s: Awaited<ReturnType<typeof setup>>) {
  const created = await call(createAssessmentEndpoint, {
    org: s.org,
    token: s.write,
    body: { teamId: s.t.teamId, model: TINY, title: "via API" },
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const put = await call(putAnswersEndpoint, {
    org: s.org,
    token: s.write,
    params: { assessmentId: id },
    body: { answers: tinyAnswers },
  });
  expect(put.status).toBe(200);
  return id;
}

describe("/api/v1 teams and models", () => {
  it("lists and gets teams with cursor pages and ETags", async () => {
    const s = await setup();
    const first = await call(listTeamsEndpoint, { org: s.org, token: s.read, query: { limit: "1" } });
    expect(first.status).toBe(200);
    expect(first.json.data).toHaveLength(1);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await call(listTeamsEndpoint, {
      org: s.org,
      token: s.read,
      query: { limit: "1", cursor: first.json.nextCursor },
    });
    expect(second.json.data[0].id).not.toBe(first.json.data[0].id);
    expect(second.json.nextCursor).toBeNull();
    const etag = first.headers.get("etag")!;
    const again = await call(listTeamsEndpoint, {
      org: s.org,
      token: s.read,
      query: { limit: "1" },
      headers: { "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(
      (await call(listTeamsEndpoint, { org: s.org, token: s.read, query: { limit: "0" } })).json.errors[0]
        .path,
    ).toBe("query.limit");
    expect(
      (await call(listTeamsEndpoint, { org: s.org, token: s.read, query: { cursor: "garbage" } })).status,
    ).toBe(400);
    const team = await call(getTeamEndpoint, { org: s.org, token: s.read, params: { teamId: s.t.teamId } });
    expect(team.json).toMatchObject({ id: s.t.teamId, name: "Team A" });
    expect(team.json.members).toHaveLength(1);
    const foreign = await createTenant();
    expect(
      (await call(getTeamEndpoint, { org: s.org, token: s.read, params: { teamId: foreign.teamId } })).status,
    ).toBe(404);
    expect(
      (await call(getTeamEndpoint, { org: s.org, token: s.teamOnly, params: { teamId: s.t.otherTeamId } }))
        .status,
    ).toBe(404);
  });

  it("lists models and gets one with aspects, levels and questions", async () => {
    const s = await setup();
    const list = await call(listModelsEndpoint, { org: s.org, token: s.read, query: { limit: "100" } });
    expect(list.json.data.map((m: { key: string }) => m.key)).toContain("tiny-model");
    const model = await call(getModelEndpoint, {
      org: s.org,
      token: s.read,
      params: { modelKey: "tiny-model", version: "1" },
    });
    expect(model.status).toBe(200);
    expect(model.json.levels).toHaveLength(3);
    expect(model.json.aspects[0].questions[0].options.length).toBeGreaterThan(1);
    expect(
      (
        await call(getModelEndpoint, {
          org: s.org,
          token: s.read,
          params: { modelKey: "tiny-model", version: "99" },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(getModelEndpoint, {
          org: s.org,
          token: s.read,
          params: { modelKey: "BAD KEY", version: "1" },
        })
      ).status,
    ).toBe(404);
  });
});

describe("/api/v1 assessments", () => {
  it("creates a draft, saves answers in bulk, submits it and reads its results", async () => {
    const s = await setup();
    const id = await draftWithAnswers(s);
    const got = await call(getAssessmentEndpoint, {
      org: s.org,
      token: s.read,
      params: { assessmentId: id },
    });
    expect(got.json).toMatchObject({
      status: "DRAFT",
      canEdit: false,
      model: { key: "tiny-model", version: 1 },
    });
    expect(got.json.answers).toHaveLength(3);
    const submitted = await call(submitAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      params: { assessmentId: id },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.json.status).toBe("SUBMITTED");
    const results = await call(getResultsEndpoint, {
      org: s.org,
      token: s.read,
      params: { assessmentId: id },
    });
    const delivery = results.json.aspects.find((a: { aspectId: string }) => a.aspectId === "delivery");
    expect(delivery).toMatchObject({ mean: 2.5, level: 2, levelName: "Practising", answered: 2 });
    expect(delivery.explanation.length).toBeGreaterThan(0);
    const scores = await db.aspectScore.findMany({ where: { assessmentId: id } });
    expect(scores.length).toBe(2);
    // Once submitted: answers and a second submit are refused with 409.
    const late = await call(putAnswersEndpoint, {
      org: s.org,
      token: s.write,
      params: { assessmentId: id },
      body: { answers: [{ questionId: "delivery-2", level: 3 }] },
    });
    expect(late.status).toBe(409);
    expect(
      (await call(submitAssessmentEndpoint, { org: s.org, token: s.write, params: { assessmentId: id } }))
        .status,
    ).toBe(409);
    const list = await call(listAssessmentsEndpoint, {
      org: s.org,
      token: s.read,
      query: { status: "SUBMITTED" },
    });
    expect(list.json.data.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(list.json.data[0].levels).toEqual({ delivery: 2, feedback: null });
  });

  it("refuses bad bodies with problem details and saves nothing", async () => {
    const s = await setup();
    const id = await draftWithAnswers(s);
    const put = (body: unknown, headers?: Record<string, string>, rawBody?: string) =>
      call(putAnswersEndpoint, {
        org: s.org,
        token: s.write,
        params: { assessmentId: id },
        body,
        headers,
        rawBody,
      });
    const unknown = await put({
      answers: [
        { questionId: "delivery-1", level: 1 },
        { questionId: "nope", level: 1 },
      ],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([
      { path: "answers.1", message: expect.stringMatching(/Unknown question/) },
    ]);
    const schema = await put({ answers: [{ questionId: "delivery-1", level: "high" }] });
    expect(schema.status).toBe(422);
    expect(schema.json.errors[0].path).toBe("answers.0.level");
    const dup = await put({
      answers: [
        { questionId: "delivery-1", level: 1 },
        { questionId: "delivery-1", level: 2 },
      ],
    });
    expect(dup.status).toBe(422);
    expect((await put(undefined, undefined, "{not json")).status).toBe(400);
    expect((await put(undefined, { "Content-Type": "text/plain" }, "hello")).status).toBe(415);
    expect(
      (await put(undefined, undefined, JSON.stringify({ answers: [], pad: "x".repeat(1_100_000) }))).status,
    ).toBe(413);
    const answers = await db.answer.findMany({ where: { assessmentId: id }, orderBy: { questionId: "asc" } });
    expect(answers.find((a) => a.questionId === "delivery-1")?.level).toBe(3);
  });

  it("applies roles, scope, team restriction and tenancy to assessments", async () => {
    const s = await setup();
    const id = await draftWithAnswers(s);
    const member = await s.t.member("MEMBER", { inTeam: true });
    const memberToken = (await tokenFor(member)).token;
    const body = { answers: [{ questionId: "delivery-2", level: 1 }] };
    expect(
      (await call(putAnswersEndpoint, { org: s.org, token: memberToken, params: { assessmentId: id }, body }))
        .status,
    ).toBe(403);
    expect(
      (await call(putAnswersEndpoint, { org: s.org, token: s.read, params: { assessmentId: id }, body }))
        .status,
    ).toBe(403);
    const other = await createTenant();
    const otherAdmin = await other.member("ADMIN");
    const otherToken = (await tokenFor(otherAdmin)).token;
    expect(
      (
        await call(getAssessmentEndpoint, {
          org: other.org.slug,
          token: otherToken,
          params: { assessmentId: id },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(getAssessmentEndpoint, { org: s.org, token: otherToken, params: { assessmentId: id } }))
        .status,
    ).toBe(404);
    // A token restricted to team B does not see team A's assessment, nor list it.
    const teamB = (await tokenFor(s.admin, { teamId: s.t.otherTeamId })).token;
    expect(
      (await call(getAssessmentEndpoint, { org: s.org, token: teamB, params: { assessmentId: id } })).status,
    ).toBe(404);
    expect((await call(listAssessmentsEndpoint, { org: s.org, token: teamB })).json.data).toEqual([]);
    expect(
      (await call(listAssessmentsEndpoint, { org: s.org, token: teamB, query: { teamId: s.t.teamId } }))
        .status,
    ).toBe(404);
    // Creating for an unknown model or team.
    const bad = await call(createAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      body: { teamId: s.t.teamId, model: { key: "nope" } },
    });
    expect(bad.status).toBe(404);
    const extra = await call(createAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      body: { teamId: s.t.teamId, model: TINY, x: 1 },
    });
    expect(extra.status).toBe(422);
    expect(extra.json.errors[0]).toMatchObject({ path: "" });
  });

  it("pages the assessment list with a keyset cursor", async () => {
    const s = await setup();
    for (let i = 0; i < 3; i++) await draftWithAnswers(s);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(listAssessmentsEndpoint, {
        org: s.org,
        token: s.read,
        query: { limit: "2", teamId: s.t.teamId, ...(cursor ? { cursor } : {}) },
      });
      seen.push(...page.json.data.map((a: { id: string }) => a.id));
      cursor = page.json.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });
});

describe("/api/v1 assessment as code", () => {
  it("round-trips: export (JSON and YAML) → import as a draft → identical export", async () => {
    const s = await setup();
    const id = await draftWithAnswers(s);
    const json = await call(exportAssessmentEndpoint, {
      org: s.org,
      token: s.read,
      params: { assessmentId: id },
    });
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({ kind: "stepwise.assessment/v1", model: TINY });
    expect(json.json.answers[0]).toEqual({
      question: "delivery-1",
      level: 3,
      notSure: false,
      notes: "on merge",
      evidence: "https://ci.example.com/p",
    });
    const yaml = await call(exportAssessmentEndpoint, {
      org: s.org,
      token: s.read,
      params: { assessmentId: id },
      query: { format: "yaml" },
    });
    expect(yaml.headers.get("content-type")).toMatch(/yaml/);
    expect(parseYaml(yaml.text)).toEqual(json.json);

    const dry = await call(importAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      query: { teamId: s.t.teamId, dryRun: "true" },
      rawBody: yaml.text,
      headers: { "Content-Type": "application/yaml" },
    });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ assessmentId: null, imported: 3, problems: [] });
    const imported = await call(importAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      query: { teamId: s.t.teamId },
      rawBody: yaml.text,
      headers: { "Content-Type": "application/yaml" },
    });
    expect(imported.status).toBe(201);
    const again = await call(exportAssessmentEndpoint, {
      org: s.org,
      token: s.read,
      params: { assessmentId: imported.json.assessmentId },
    });
    expect(again.json.answers).toEqual(json.json.answers);
    expect(again.json.model).toEqual(json.json.model);
  });

  it("reports answers that do not fit, stores the rest, and creates nothing when none fits", async () => {
    const s = await setup();
    const doc = {
      kind: "stepwise.assessment/v1",
      model: TINY,
      answers: [
        { question: "delivery-1", level: 2 },
        { question: "delivery-1", level: 3 },
        { question: "unknown-q", level: 1 },
        { question: "delivery-2", level: 7 },
        { question: "feedback-1", level: 1, evidence: "ftp://nope" },
      ],
    };
    const res = await call(importAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      query: { teamId: s.t.teamId },
      body: doc,
    });
    expect(res.status).toBe(201);
    expect(res.json.imported).toBe(1);
    expect(res.json.problems.map((p: { path: string }) => p.path)).toEqual([
      "answers.1",
      "answers.2",
      "answers.3",
      "answers.4",
    ]);
    const stored = await db.answer.findMany({ where: { assessmentId: res.json.assessmentId } });
    expect(stored.map((a) => [a.questionId, a.level])).toEqual([["delivery-1", 2]]);

    const none = await call(importAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      query: { teamId: s.t.teamId },
      body: { ...doc, answers: [{ question: "unknown-q", level: 1 }] },
    });
    expect(none.status).toBe(422);
    const unknownModel = await call(importAssessmentEndpoint, {
      org: s.org,
      token: s.write,
      query: { teamId: s.t.teamId },
      body: { ...doc, model: { key: "tiny-model", version: 9 } },
    });
    expect(unknownModel.status).toBe(422);
    expect(
      (
        await call(importAssessmentEndpoint, {
          org: s.org,
          token: s.write,
          query: { teamId: s.t.teamId },
          body: { kind: "x" },
        })
      ).status,
    ).toBe(422);
    const count = await db.assessment.count({ where: { organizationId: s.t.org.id } });
    expect(count).toBe(1);
    // The team's viewers cannot import; another team is unknown to a restricted token.
    expect(
      (
        await call(importAssessmentEndpoint, {
          org: s.org,
          token: s.read,
          query: { teamId: s.t.teamId },
          body: doc,
        })
      ).status,
    ).toBe(403);
    const teamB = (await tokenFor(s.admin, { teamId: s.t.otherTeamId })).token;
    expect(
      (
        await call(importAssessmentEndpoint, {
          org: s.org,
          token: teamB,
          query: { teamId: s.t.teamId },
          body: doc,
        })
      ).status,
    ).toBe(404);
  });
});

describe("/api/v1 journeys and plans", () => {
  it("creates, lists and gets journeys; replaces targets with If-Match (412 when stale)", async () => {
    const s = await setup();
    const created = await call(createJourneyEndpoint, {
      org: s.org,
      token: s.write,
      body: {
        teamId: s.t.teamId,
        model: TINY,
        title: "Ship faster",
        goal: "Deploy on merge",
        targets: { delivery: 3 },
      },
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect(created.json).toMatchObject({ status: "ACTIVE", version: 1, targets: { delivery: 3 } });
    const list = await call(listJourneysEndpoint, { org: s.org, token: s.read });
    expect(list.json.data.map((j: { id: string }) => j.id)).toEqual([id]);
    const got = await call(getJourneyEndpoint, { org: s.org, token: s.read, params: { journeyId: id } });
    expect(got.headers.get("etag")).toBe('"1"');
    const put = (headers: Record<string, string>, body: unknown) =>
      call(putJourneyTargetsEndpoint, {
        org: s.org,
        token: s.write,
        params: { journeyId: id },
        headers,
        body,
      });
    const ok = await put({ "If-Match": '"1"' }, { targets: { delivery: 2, feedback: 3 } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({
      version: 2,
      targets: { delivery: 2, feedback: 3 },
      title: "Ship faster",
    });
    const stale = await put({ "If-Match": '"1"' }, { targets: { delivery: 1 } });
    expect(stale.status).toBe(412);
    expect((await put({}, { targets: { delivery: 1 } })).status).toBe(400);
    const badAspect = await put({}, { targets: { nope: 1 }, version: 2 });
    expect(badAspect.status).toBe(422);
    // Viewers cannot create; another team is unknown to a restricted token; org-wide needs an unrestricted token.
    expect(
      (
        await call(createJourneyEndpoint, {
          org: s.org,
          token: s.read,
          body: { teamId: s.t.teamId, model: TINY, title: "x y", goal: "g" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(getJourneyEndpoint, {
          org: s.org,
          token: (await tokenFor(s.admin, { teamId: s.t.otherTeamId })).token,
          params: { journeyId: id },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(createJourneyEndpoint, {
          org: s.org,
          token: s.teamOnly,
          body: { teamId: null, model: TINY, title: "Org", goal: "g" },
        })
      ).status,
    ).toBe(403);
  });

  it("lists plans, adds steps and updates status, owner and due date with the version", async () => {
    const s = await setup();
    const journey = await call(createJourneyEndpoint, {
      org: s.org,
      token: s.write,
      body: { teamId: s.t.teamId, model: TINY, title: "Plan it", goal: "g", targets: { delivery: 3 } },
    });
    const journeyId = journey.json.id as string;
    const step = await call(createStepEndpoint, {
      org: s.org,
      token: s.write,
      params: { journeyId },
      body: { title: "Automate deploys", aspectId: "delivery", level: 3 },
    });
    expect(step.status).toBe(201);
    expect(step.json).toMatchObject({ status: "TODO", version: 1, ownerId: null });
    const stepId = step.json.id as string;
    const plans = await call(listPlansEndpoint, { org: s.org, token: s.read });
    expect(plans.json.data).toEqual([expect.objectContaining({ journeyId, steps: 1, done: 0 })]);
    const plan = await call(getPlanEndpoint, { org: s.org, token: s.read, params: { journeyId } });
    expect(plan.json).toMatchObject({ journeyId, stepCount: 1 });
    const steps = await call(listStepsEndpoint, {
      org: s.org,
      token: s.read,
      params: { journeyId },
      query: { status: "TODO" },
    });
    expect(steps.json.data.map((x: { id: string }) => x.id)).toEqual([stepId]);

    const patch = (body: unknown, headers: Record<string, string> = {}) =>
      call(updateStepEndpoint, { org: s.org, token: s.write, params: { stepId }, body, headers });
    const moved = await patch(
      { status: "DOING", ownerId: s.lead.userId, dueOn: "2030-01-31" },
      { "If-Match": '"1"' },
    );
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({
      status: "DOING",
      ownerId: s.lead.userId,
      dueOn: "2030-01-31",
      version: 2,
      title: "Automate deploys",
    });
    expect(moved.headers.get("etag")).toBe('"2"');
    // Only the status: owner and due date stay.
    const done = await patch({ status: "DONE", version: 2 });
    expect(done.json).toMatchObject({
      status: "DONE",
      ownerId: s.lead.userId,
      dueOn: "2030-01-31",
      version: 3,
    });
    const stale = await patch({ status: "TODO" }, { "If-Match": '"2"' });
    expect(stale.status).toBe(412);
    expect(stale.json.latest).toMatchObject({ status: "DONE", version: 3 });
    expect((await patch({ status: "SOMETIMES" }, { "If-Match": '"3"' })).status).toBe(422);
    expect((await patch({ ownerId: "not-a-member" }, { "If-Match": '"3"' })).status).toBe(422);
    expect((await patch({ status: "TODO" })).status).toBe(400);
    const read = await call(getStepEndpoint, { org: s.org, token: s.read, params: { stepId } });
    expect(read.json.version).toBe(3);
    expect(
      (
        await call(updateStepEndpoint, {
          org: s.org,
          token: s.read,
          params: { stepId },
          body: { status: "TODO", version: 3 },
        })
      ).status,
    ).toBe(403);
    const teamB = (await tokenFor(s.admin, { teamId: s.t.otherTeamId })).token;
    expect((await call(getStepEndpoint, { org: s.org, token: teamB, params: { stepId } })).status).toBe(404);
    expect((await call(listStepsEndpoint, { org: s.org, token: teamB, params: { journeyId } })).status).toBe(
      404,
    );
  });
});

describe("/api/v1 dashboard", () => {
  it("answers the overview's latest levels and medians, and trends per quarter", async () => {
    const s = await setup();
    const id = await draftWithAnswers(s);
    await call(submitAssessmentEndpoint, { org: s.org, token: s.write, params: { assessmentId: id } });
    const overview = await call(overviewEndpoint, {
      org: s.org,
      token: s.read,
      query: { model: "tiny-model:1" },
    });
    expect(overview.status).toBe(200);
    expect(overview.json.model).toMatchObject(TINY);
    const teamA = overview.json.teams.find((t: { teamId: string }) => t.teamId === s.t.teamId);
    expect(teamA).toMatchObject({ assessmentId: id, levels: { delivery: 2 } });
    expect(overview.json.medians).toEqual(
      expect.arrayContaining([expect.objectContaining({ aspectId: "delivery", medianLevel: 2, teams: 1 })]),
    );
    const ignored = await call(overviewEndpoint, {
      org: s.org,
      token: s.read,
      query: { model: "tiny-model:1", from: "yesterday" },
    });
    expect(ignored.json.notes[0]).toMatch(/from date/);
    const trends = await call(trendsEndpoint, {
      org: s.org,
      token: s.read,
      query: { model: "tiny-model:1" },
    });
    expect(trends.status).toBe(200);
    expect(trends.json.quarters).toEqual(
      expect.arrayContaining([expect.objectContaining({ aspectId: "delivery", medianLevel: 2, teams: 1 })]),
    );
    expect(trends.json.quarters[0].quarter).toMatch(/^\d{4}-Q[1-4]$/);
    expect((await call(overviewEndpoint, { org: s.org, token: s.teamOnly })).status).toBe(403);
  });
});

describe("/api/v1 bad input", () => {
  it("refuses a NUL character in a valid body with 400 and stores nothing (issue 12 #10)", async () => {
    const s = await setup();
    const before = await db.assessment.count({ where: { organizationId: s.t.org.id } });
    const assessment = await call(createAssessmentEndpoint, {
      org: s.org,
      token: s.adminToken,
      body: { teamId: s.t.teamId, model: TINY, title: "via \u0000 API" },
    });
    expect(assessment.status, assessment.text).toBe(400);
    expect(assessment.json.detail).toMatch(/NUL/);
    const journey = await call(createJourneyEndpoint, {
      org: s.org,
      token: s.adminToken,
      body: { teamId: s.t.teamId, model: TINY, title: "x", goal: "g\u0000" },
    });
    expect(journey.status, journey.text).toBe(400);
    expect(await db.assessment.count({ where: { organizationId: s.t.org.id } })).toBe(before);
  });

  it("answers every operation's junk with a 4xx problem, never a 500", async () => {
    const { ENDPOINTS } = await import("@/lib/api/v1/index");
    const s = await setup();
    const junkParams = ["x", "../../etc", "%00", "a".repeat(100), "' OR 1=1 --"];
    const junkBodies = ["null", "[]", '{"answers":{}}', '{"__proto__":{"x":1}}', "1e999", '"str"', "{}"];
    const allowed = new Set([400, 401, 403, 404, 409, 412, 413, 415, 422, 429]);
    for (const endpoint of ENDPOINTS) {
      const names = [...endpoint.spec.path.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1]!)
        .filter((n) => n !== "org");
      for (const [i, value] of junkParams.entries()) {
        const params = Object.fromEntries(names.map((n) => [n, value]));
        const hasBody = endpoint.spec.method !== "GET";
        const res = await call(endpoint, {
          org: s.org,
          token: s.adminToken,
          params,
          query: { limit: value, cursor: value, teamId: value, status: value, format: value, model: value },
          ...(hasBody ? { rawBody: junkBodies[i % junkBodies.length] } : {}),
        });
        expect(
          allowed.has(res.status) || res.status === 200,
          `${endpoint.spec.operationId} ${value}: ${res.status} ${res.text}`,
        ).toBe(true);
        if (res.status >= 400) expect(res.headers.get("content-type")).toBe("application/problem+json");
      }
    }
  });
});

import { z } from "zod";
import { createStep, getPlan, getStep, listPlans, StepConflictError, updateStep } from "@/lib/data/plans";
import type { TApiCaller } from "@/lib/data/api-tokens";
import { AppError } from "@/lib/errors";
import { STEP_STATUSES, ZStepFields } from "@/lib/plans/schemas";
import type { TPlanStep } from "@/lib/plans/types";
import { assertTeamVisible } from "../caller";
import { ApiProblem } from "../endpoint";
import { defineEndpoint } from "../handler";
import { pageById, pageOf, ZPageQuery } from "../pagination";
import { ZId, ZPlan, ZPlanSummary, ZStep } from "./schemas";

const toStepBody = (journeyId: string, s: TPlanStep) => ({
  id: s.id,
  journeyId,
  title: s.title,
  aspectId: s.aspectId,
  level: s.level,
  characteristic: s.characteristic,
  notes: s.notes,
  ownerId: s.ownerId,
  ownerName: s.ownerName,
  dueOn: s.dueOn,
  status: s.status,
  position: s.position,
  iterationId: s.iterationId,
  completedAt: s.completedAt,
  version: s.version,
  updatedAt: s.updatedAt,
});

async function visiblePlan(caller: TApiCaller, journeyId: string) {
  const plan = await getPlan(caller.ctx, journeyId);
  assertTeamVisible(caller, plan.teamId, "Plan");
  return plan;
}

async function visibleStep(caller: TApiCaller, stepId: string) {
  const found = await getStep(caller.ctx, stepId);
  const plan = await getPlan(caller.ctx, found.journeyId);
  assertTeamVisible(caller, plan.teamId, "Step");
  return found;
}

const ZPlanParams = z.object({ journeyId: ZId });

export const listPlansEndpoint = defineEndpoint(
  {
    operationId: "listPlans",
    method: "GET",
    path: "/orgs/{org}/plans",
    tag: "Plans",
    summary: "List plans",
    description: "One plan per team journey, with its step counts (dropped steps excluded). Newest first.",
    query: ZPageQuery.extend({ teamId: ZId.optional() }),
    response: pageOf(ZPlanSummary),
    errors: [400],
  },
  async ({ caller, query }) => {
    const only = caller.token.teamId;
    if (only && query.teamId && query.teamId !== only) throw new AppError("NOT_FOUND", "Team not found.");
    const plans = await listPlans(caller.ctx, only ?? query.teamId ?? null);
    const page = pageById(plans, query.limit, query.cursor);
    return { body: { nextCursor: page.nextCursor, data: page.data.map(({ id: _id, ...p }) => p) } };
  },
);

export const getPlanEndpoint = defineEndpoint(
  {
    operationId: "getPlan",
    method: "GET",
    path: "/orgs/{org}/plans/{journeyId}",
    tag: "Plans",
    summary: "Get a plan",
    description: "The journey's iterations and the people who can own steps; steps are listed under …/steps.",
    params: ZPlanParams,
    response: ZPlan,
    errors: [],
  },
  async ({ caller, params }) => {
    const plan = await visiblePlan(caller, params.journeyId);
    return {
      body: {
        journeyId: plan.id,
        title: plan.title,
        goal: plan.goal,
        teamId: plan.teamId,
        teamName: plan.teamName,
        canEdit: plan.canEdit,
        iterations: plan.iterations.map((i) => ({
          id: i.id,
          name: i.name,
          startsOn: i.startsOn,
          endsOn: i.endsOn,
          status: i.status,
          closedAt: i.closedAt,
        })),
        owners: plan.owners.map((o) => ({ id: o.id, name: o.name })),
        stepCount: plan.steps.length,
      },
    };
  },
);

export const listStepsEndpoint = defineEndpoint(
  {
    operationId: "listSteps",
    method: "GET",
    path: "/orgs/{org}/plans/{journeyId}/steps",
    tag: "Plans",
    summary: "List a plan's steps",
    description: "In priority order. Filter by status, owner and aspect.",
    params: ZPlanParams,
    query: ZPageQuery.extend({
      status: z.enum(STEP_STATUSES).optional(),
      ownerId: ZId.optional(),
      aspectId: z.string().max(80).optional(),
    }),
    response: pageOf(ZStep),
    errors: [400],
  },
  async ({ caller, params, query }) => {
    const plan = await visiblePlan(caller, params.journeyId);
    const steps = plan.steps.filter(
      (s) =>
        (!query.status || s.status === query.status) &&
        (!query.ownerId || s.ownerId === query.ownerId) &&
        (!query.aspectId || s.aspectId === query.aspectId),
    );
    const page = pageById(steps, query.limit, query.cursor);
    return { body: { nextCursor: page.nextCursor, data: page.data.map((s) => toStepBody(plan.id, s)) } };
  },
);

export const createStepEndpoint = defineEndpoint(
  {
    operationId: "createStep",
    method: "POST",
    path: "/orgs/{org}/plans/{journeyId}/steps",
    tag: "Plans",
    summary: "Add a step",
    description:
      "Appended at the end of the priority order. For the team's members, facilitators and admins.",
    params: ZPlanParams,
    body: ZStepFields,
    response: ZStep,
    status: 201,
    errors: [403, 413, 415, 422],
  },
  async ({ caller, params, body }) => {
    await visiblePlan(caller, params.journeyId);
    const { step } = await createStep(caller.ctx, params.journeyId, body);
    return {
      body: toStepBody(params.journeyId, step),
      etag: `"${step.version}"`,
      headers: { Location: `/api/v1/orgs/${caller.ctx.orgSlug}/steps/${step.id}` },
    };
  },
);

const ZStepParams = z.object({ stepId: ZId });

// The step form's own fields, each optional and WITHOUT its create-time default: an absent field is kept.
const S = ZStepFields.shape;
const ZStepPatch = z.strictObject({
  title: S.title.optional(),
  aspectId: S.aspectId.optional(),
  level: S.level.optional(),
  characteristic: S.characteristic.unwrap().optional(),
  ownerId: S.ownerId.optional(),
  dueOn: S.dueOn.optional(),
  status: S.status.unwrap().optional(),
  notes: S.notes.unwrap().optional(),
  iterationId: S.iterationId.optional(),
  version: z.number().int().min(1).optional().describe("Alternative to If-Match."),
});

export const getStepEndpoint = defineEndpoint(
  {
    operationId: "getStep",
    method: "GET",
    path: "/orgs/{org}/steps/{stepId}",
    tag: "Plans",
    summary: "Get a step",
    description: "The ETag is the step's version, for If-Match on updates.",
    params: ZStepParams,
    response: ZStep,
    errors: [],
  },
  async ({ caller, params }) => {
    const { journeyId, step } = await visibleStep(caller, params.stepId);
    return { body: toStepBody(journeyId, step), etag: `"${step.version}"` };
  },
);

export const updateStepEndpoint = defineEndpoint(
  {
    operationId: "updateStep",
    method: "PATCH",
    path: "/orgs/{org}/steps/{stepId}",
    tag: "Plans",
    summary: "Update a step",
    description:
      "Changes only the fields sent (status, owner, due date, …). Send the version you read as `If-Match` (or `version`): if someone changed the step since, nothing is saved and the answer is 412 with the latest step.",
    params: ZStepParams,
    body: ZStepPatch,
    ifMatch: true,
    response: ZStep,
    errors: [400, 403, 412, 413, 415, 422],
  },
  async ({ caller, params, body, ifMatchVersion }) => {
    const { journeyId, step } = await visibleStep(caller, params.stepId);
    const { version, ...changes } = body;
    const expected = ifMatchVersion ?? version;
    if (expected === undefined)
      throw new ApiProblem(400, "Send the step's version as If-Match or `version`.");
    try {
      const saved = await updateStep(
        caller.ctx,
        params.stepId,
        {
          title: step.title,
          aspectId: step.aspectId,
          level: step.level,
          characteristic: step.characteristic,
          ownerId: step.ownerId,
          dueOn: step.dueOn,
          status: step.status,
          notes: step.notes,
          iterationId: step.iterationId,
          ...changes,
        },
        expected,
      );
      return { body: toStepBody(journeyId, saved.step), etag: `"${saved.step.version}"` };
    } catch (err) {
      if (err instanceof StepConflictError)
        throw new ApiProblem(412, err.message, { latest: toStepBody(journeyId, err.latest) });
      throw err;
    }
  },
);

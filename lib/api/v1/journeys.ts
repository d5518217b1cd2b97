import { z } from "zod";
import { createJourney, getJourney, listJourneys, listOrgJourneys, updateJourney } from "@/lib/data/journeys";
import { getModelVersion } from "@/lib/data/models";
import { isoDay } from "@/lib/dates";
import { ZJourneyInput } from "@/lib/journeys/schemas";
import { AppError } from "@/lib/errors";
import { assertOrgWide, assertTeamVisible } from "../caller";
import { ApiProblem } from "../endpoint";
import { defineEndpoint } from "../handler";
import { pageById, pageOf, ZPageQuery } from "../pagination";
import { ZId, ZJourney, ZJourneyDetail } from "./schemas";

type TJourneyRow = Awaited<ReturnType<typeof listOrgJourneys>>[number];

const toJourneyBody = (
  j: Omit<TJourneyRow, "startsOn" | "endsOn"> & {
    startsOn: Date | string | null;
    endsOn: Date | string | null;
  },
) => ({
  id: j.id,
  teamId: j.teamId,
  title: j.title,
  goal: j.goal,
  status: j.status,
  startsOn: j.startsOn instanceof Date ? isoDay(j.startsOn) : j.startsOn,
  endsOn: j.endsOn instanceof Date ? isoDay(j.endsOn) : j.endsOn,
  version: j.version,
  targets: j.targets,
  model: { key: j.model.key, version: j.model.version, title: j.model.title },
  createdAt: j.createdAt,
  updatedAt: j.updatedAt,
});

async function visibleJourney(caller: Parameters<typeof assertTeamVisible>[0], journeyId: string) {
  const journey = await getJourney(caller.ctx, journeyId);
  assertTeamVisible(caller, journey.teamId, "Journey");
  return journey;
}

const toDetailBody = (j: Awaited<ReturnType<typeof getJourney>>) => ({
  ...toJourneyBody(j),
  constraints: j.constraints,
  team: j.team,
  revisions: j.revisions.map((r) => ({
    version: r.version,
    editedAt: r.editedAt,
    editedByName: r.editedByName,
  })),
});

export const listJourneysEndpoint = defineEndpoint(
  {
    operationId: "listJourneys",
    method: "GET",
    path: "/orgs/{org}/journeys",
    tag: "Journeys",
    summary: "List journeys",
    description: "Newest first. `teamId` filters to one team; `scope=org` to the organization-wide journeys.",
    query: ZPageQuery.extend({ teamId: ZId.optional(), scope: z.enum(["org"]).optional() }),
    response: pageOf(ZJourney),
    errors: [400, 403],
  },
  async ({ caller, query }) => {
    if (query.teamId && query.scope) throw new ApiProblem(400, "Use either teamId or scope=org.");
    if (query.scope === "org") assertOrgWide(caller);
    const only = caller.token.teamId;
    if (only && query.teamId && query.teamId !== only) throw new AppError("NOT_FOUND", "Team not found.");
    const teamId = only ?? query.teamId ?? null;
    const rows =
      teamId !== null
        ? await listJourneys(caller.ctx, teamId)
        : query.scope === "org"
          ? await listJourneys(caller.ctx, null)
          : await listOrgJourneys(caller.ctx);
    const page = pageById(rows, query.limit, query.cursor);
    return { body: { nextCursor: page.nextCursor, data: page.data.map(toJourneyBody) } };
  },
);

export const getJourneyEndpoint = defineEndpoint(
  {
    operationId: "getJourney",
    method: "GET",
    path: "/orgs/{org}/journeys/{journeyId}",
    tag: "Journeys",
    summary: "Get a journey with its targets and history",
    params: z.object({ journeyId: ZId }),
    response: ZJourneyDetail,
    errors: [],
  },
  async ({ caller, params }) => {
    const journey = await visibleJourney(caller, params.journeyId);
    return { body: toDetailBody(journey), etag: `"${journey.version}"` };
  },
);

export const createJourneyEndpoint = defineEndpoint(
  {
    operationId: "createJourney",
    method: "POST",
    path: "/orgs/{org}/journeys",
    tag: "Journeys",
    summary: "Create a journey",
    description:
      "Becomes the team's (teamId null: the organization's) ACTIVE journey; the previous active one is archived.",
    body: ZJourneyInput.safeExtend({
      teamId: ZId.nullable(),
      model: z.strictObject({ key: z.string().min(1).max(100), version: z.number().int().min(1).optional() }),
    }),
    response: ZJourneyDetail,
    status: 201,
    errors: [403, 413, 415, 422],
  },
  async ({ caller, body }) => {
    if (body.teamId === null) assertOrgWide(caller);
    else assertTeamVisible(caller, body.teamId, "Team");
    const model = await getModelVersion(caller.ctx, body.model.key, body.model.version);
    const { model: _model, ...input } = body;
    const { id } = await createJourney(caller.ctx, { ...input, modelId: model.id });
    const journey = await getJourney(caller.ctx, id);
    return {
      body: toDetailBody(journey),
      etag: `"${journey.version}"`,
      headers: { Location: `/api/v1/orgs/${caller.ctx.orgSlug}/journeys/${id}` },
    };
  },
);

export const putJourneyTargetsEndpoint = defineEndpoint(
  {
    operationId: "putJourneyTargets",
    method: "PUT",
    path: "/orgs/{org}/journeys/{journeyId}/targets",
    tag: "Journeys",
    summary: "Replace a journey's targets",
    description:
      "Optimistic concurrency: send the journey's version as `If-Match` (or `version`). A stale version gets 412 and changes nothing.",
    params: z.object({ journeyId: ZId }),
    body: z.strictObject({
      targets: z.record(z.string().regex(/^[a-z0-9-]{1,80}$/), z.number().int().min(1).max(9)),
      version: z.number().int().min(1).optional(),
    }),
    ifMatch: true,
    response: ZJourneyDetail,
    errors: [400, 403, 412, 413, 415, 422],
  },
  async ({ caller, params, body, ifMatchVersion }) => {
    const journey = await visibleJourney(caller, params.journeyId);
    const expected = ifMatchVersion ?? body.version;
    if (expected === undefined)
      throw new ApiProblem(400, "Send the journey's version as If-Match or `version`.");
    if (expected !== journey.version)
      throw new ApiProblem(412, `The journey is at version ${journey.version}, not ${expected}.`, {
        currentVersion: journey.version,
      });
    try {
      await updateJourney(
        caller.ctx,
        journey.id,
        {
          title: journey.title,
          goal: journey.goal,
          constraints: journey.constraints,
          startsOn: journey.startsOn,
          endsOn: journey.endsOn,
          targets: body.targets,
        },
        expected,
      );
    } catch (err) {
      if (err instanceof AppError && err.code === "CONFLICT") throw new ApiProblem(412, err.message);
      throw err;
    }
    const saved = await getJourney(caller.ctx, journey.id);
    return { body: toDetailBody(saved), etag: `"${saved.version}"` };
  },
);

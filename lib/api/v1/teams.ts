import { z } from "zod";
import { getTeamDetail, listTeams } from "@/lib/data/teams";
import { getModelVersion, listModels } from "@/lib/data/models";
import { ZMaturityModel } from "@/lib/model/schema";
import { assertTeamVisible } from "../caller";
import { defineEndpoint } from "../handler";
import { pageById, pageOf, ZPageQuery } from "../pagination";
import { ZId, ZModelSummary, ZTeam, ZTeamDetail } from "./schemas";

export const listTeamsEndpoint = defineEndpoint(
  {
    operationId: "listTeams",
    method: "GET",
    path: "/orgs/{org}/teams",
    tag: "Teams",
    summary: "List teams",
    description:
      "Teams by name, each with the levels of its latest submitted assessment. A team-restricted token sees its team only.",
    query: ZPageQuery,
    response: pageOf(ZTeam),
    errors: [400],
  },
  async ({ caller, query }) => {
    const teams = (await listTeams(caller.ctx)).filter(
      (t) => !caller.token.teamId || t.id === caller.token.teamId,
    );
    const page = pageById(teams, query.limit, query.cursor);
    return {
      body: {
        nextCursor: page.nextCursor,
        data: page.data.map((t) => ({
          id: t.id,
          name: t.name,
          description: t.description,
          group: t.group,
          memberCount: t.memberCount,
          latest: t.latest
            ? { assessmentId: t.latest.id, submittedAt: t.latest.submittedAt, levels: t.latest.levels }
            : null,
        })),
      },
    };
  },
);

export const getTeamEndpoint = defineEndpoint(
  {
    operationId: "getTeam",
    method: "GET",
    path: "/orgs/{org}/teams/{teamId}",
    tag: "Teams",
    summary: "Get a team",
    params: z.object({ teamId: ZId }),
    response: ZTeamDetail,
    errors: [],
  },
  async ({ caller, params }) => {
    assertTeamVisible(caller, params.teamId, "Team");
    const team = await getTeamDetail(caller.ctx, params.teamId);
    return {
      body: {
        id: team.id,
        name: team.name,
        description: team.description,
        group: team.group,
        members: team.members.map((m) => ({ id: m.id, name: m.name })),
      },
    };
  },
);

export const listModelsEndpoint = defineEndpoint(
  {
    operationId: "listModels",
    method: "GET",
    path: "/orgs/{org}/models",
    tag: "Models",
    summary: "List model versions",
    description: "Maturity-model versions this organization can assess with, newest version first per model.",
    query: ZPageQuery,
    response: pageOf(ZModelSummary),
    errors: [400],
  },
  async ({ caller, query }) => ({ body: pageById(await listModels(caller.ctx), query.limit, query.cursor) }),
);

export const getModelEndpoint = defineEndpoint(
  {
    operationId: "getModel",
    method: "GET",
    path: "/orgs/{org}/models/{modelKey}/{version}",
    tag: "Models",
    summary: "Get a model version",
    description:
      "The full model: levels, and per aspect its level descriptions (cells) and questions with options.",
    params: z.object({
      modelKey: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(100),
      version: z.coerce.number().int().min(1).max(9999),
    }),
    response: ZMaturityModel,
    errors: [],
  },
  async ({ caller, params }) => ({
    body: (await getModelVersion(caller.ctx, params.modelKey, params.version)).model,
  }),
);

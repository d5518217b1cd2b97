import { z } from "zod";
import { getEntityMaturity } from "@/lib/data/backstage";
import { defineEndpoint } from "../handler";
import { ZDateTime, ZId } from "./schemas";

const ZEntityMaturity = z
  .object({
    annotation: z.string().describe("The requested `stepwise.io/team` annotation value."),
    team: z
      .object({ id: ZId, name: z.string(), slug: z.string() })
      .nullable()
      .describe("The team it names (by slug or id); null when no team matches."),
    models: z
      .array(
        z.object({
          key: z.string(),
          version: z.number().int(),
          title: z.string(),
          maxLevel: z.number().int(),
          assessmentId: ZId,
          assessmentTitle: z.string(),
          submittedAt: ZDateTime,
          medianLevel: z.number().int().nullable().describe("Median of the aspect levels."),
          medianLevelName: z.string().nullable(),
          aspects: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              level: z.number().int().nullable(),
              score: z.number().nullable(),
            }),
          ),
        }),
      )
      .describe("The team's latest submitted assessment per model version, newest first."),
  })
  .meta({ id: "EntityMaturity" });

export const getEntityMaturityEndpoint = defineEndpoint(
  {
    operationId: "getBackstageEntityMaturity",
    method: "GET",
    path: "/orgs/{org}/backstage/entities",
    tag: "Backstage",
    summary: "Maturity of catalog entities",
    description:
      "For Backstage (or any portal): per team, its latest submitted assessment per model with aspect levels. " +
      "`teams` lists `stepwise.io/team` annotation values (team slug = the team name slugified, or the team id), " +
      "comma-separated; without it every team is returned. A team-restricted token sees its team only.",
    query: z.object({
      teams: z
        .string()
        .max(2000)
        .optional()
        .transform((v) =>
          v === undefined
            ? null
            : v
                .split(",")
                .map((s) => s.trim())
                .filter(Boolean),
        )
        .refine((v) => v === null || (v.length >= 1 && v.length <= 50), "List 1 to 50 annotation values.")
        .describe("Comma-separated `stepwise.io/team` values, e.g. `payments,core-platform`."),
    }),
    response: z.object({ data: z.array(ZEntityMaturity) }),
    errors: [400],
  },
  async ({ caller, query }) => ({
    body: { data: await getEntityMaturity(caller.ctx, query.teams, caller.token.teamId) },
  }),
);

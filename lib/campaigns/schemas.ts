/**
 * Input of a new campaign. Pure: the same schema parses form posts (strings; picked teams arrive as
 * `team.<id>=on` fields) and seed/test objects (`teamIds`). Bad input: dates in order, a known mode and
 * selection, at most 1,000 picked teams; which teams exist is checked against the organization by
 * lib/campaigns/rules.ts selectTeams.
 */
import { z } from "zod";
import { CAMPAIGN_MODES, CAMPAIGN_SELECTIONS } from "./rules";

const ZIsoDate = z.iso
  .date("Use a date like 2026-01-31")
  .refine((d) => d >= "2000-01-01" && d <= "2999-12-31", "Use a date between 2000 and 2999");

export const MAX_PICKED_TEAMS = 1000;

/** Collects `team.<id>` form fields (checkboxes) into `teamIds`, unless `teamIds` is given. */
function collectPickedTeams(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (record.teamIds !== undefined) return record;
  const teamIds = Object.keys(record)
    .filter((k) => k.startsWith("team.") && record[k] !== "" && record[k] !== "off")
    .map((k) => k.slice("team.".length));
  return { ...record, teamIds };
}

export const ZCampaignInput = z.preprocess(
  collectPickedTeams,
  z
    .object({
      title: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
      modelId: z.string().trim().min(1, "Choose a model version").max(40, "Unknown model"),
      mode: z.enum(CAMPAIGN_MODES, "Choose who answers").default("LEAD_ANSWERS"),
      selection: z.enum(CAMPAIGN_SELECTIONS, "Choose which teams take part"),
      group: z.string().trim().max(60, "At most 60 characters").default(""),
      teamIds: z
        .array(z.string().trim().min(1).max(40, "Unknown team"))
        .max(MAX_PICKED_TEAMS, `At most ${MAX_PICKED_TEAMS} teams`)
        .default([]),
      opensOn: ZIsoDate,
      dueOn: ZIsoDate,
      remindDaysBefore: z.coerce
        .number({ error: "Enter a number of days" })
        .int("Enter a whole number of days")
        .min(0, "At least 0 days")
        .max(60, "At most 60 days")
        .default(3),
    })
    .superRefine((value, ctx) => {
      if (value.dueOn <= value.opensOn)
        ctx.addIssue({
          code: "custom",
          path: ["dueOn"],
          message: "The due date must be after the open date",
        });
    }),
);
export type TCampaignInputRaw = Record<string, unknown>;
export type TCampaignInput = z.output<typeof ZCampaignInput>;

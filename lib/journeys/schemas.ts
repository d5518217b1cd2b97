/**
 * Journey input and the JSON snapshot stored with every revision. Pure: the same schemas parse a
 * form post (strings), a seed or test object, and a journey_revisions.snapshot read back from the DB.
 */
import { z } from "zod";
import type { TMaturityModel } from "@/lib/model/schema";

export const MAX_CONSTRAINTS = 20;
export const MAX_CONSTRAINT_LENGTH = 300;

/** A textarea (one constraint per line) or an already-split list; blank lines are dropped. */
const ZConstraints = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((value) =>
    (typeof value === "string" ? value.split(/\r?\n/) : value).map((line) => line.trim()).filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .max(MAX_CONSTRAINT_LENGTH, `Each constraint can have at most ${MAX_CONSTRAINT_LENGTH} characters`),
      )
      .max(MAX_CONSTRAINTS, `List at most ${MAX_CONSTRAINTS} constraints`),
  );

/** "" or missing = no date; otherwise a real calendar date in ISO form (YYYY-MM-DD). */
const ZOptionalDate = z
  .union([z.literal(""), z.null(), z.iso.date("Use a date like 2026-01-31")])
  .optional()
  .transform((value) => value || null);

/** "" or null = no target for that aspect. The model-specific range is checked by checkJourneyTargets. */
const ZTargetLevel = z.union([z.literal(""), z.null(), z.coerce.number().int().min(1).max(9)], {
  error: "Choose a target level from the list",
});

const ZTargets = z
  .record(z.string().regex(/^[a-z0-9-]{1,80}$/, "Unknown aspect"), ZTargetLevel)
  .default({})
  .transform((record) => {
    const out: Record<string, number> = {};
    for (const [aspectId, level] of Object.entries(record))
      if (typeof level === "number") out[aspectId] = level;
    return out;
  });

export const ZJourneyInput = z
  .object({
    title: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
    goal: z.string().trim().min(1, "Describe the goal").max(2000, "At most 2000 characters"),
    constraints: ZConstraints,
    startsOn: ZOptionalDate,
    endsOn: ZOptionalDate,
    targets: ZTargets,
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The end date must not be before the start date",
      });
    }
  });

export type TJourneyInputRaw = z.input<typeof ZJourneyInput>;
export type TJourneyInput = z.output<typeof ZJourneyInput>;

/**
 * Form posts arrive flat ("target.investment" = "3"); this folds those keys into `targets` so the
 * same ZJourneyInput parses forms and objects.
 */
export function foldTargetFields(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const targets: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("target.")) targets[key.slice("target.".length)] = value;
    else out[key] = value;
  }
  if (Object.keys(targets).length > 0) out.targets = { ...(out.targets as object | undefined), ...targets };
  return out;
}

/** Field errors (keyed "targets") for targets that do not fit the model: unknown aspect, level out of range. */
export function checkJourneyTargets(
  model: TMaturityModel,
  targets: Readonly<Record<string, number>>,
): Record<string, string[]> | null {
  const problems: string[] = [];
  const maxLevel = model.levels.length;
  for (const [aspectId, level] of Object.entries(targets)) {
    const aspect = model.aspects.find((a) => a.id === aspectId);
    if (!aspect) problems.push(`"${aspectId}" is not an aspect of ${model.title}`);
    else if (level < 1 || level > maxLevel)
      problems.push(`${aspect.name}: level ${level} is not one of the model's levels (1–${maxLevel})`);
  }
  return problems.length > 0 ? { targets: problems } : null;
}

/** The journey's editable state as stored in journey_revisions.snapshot. */
export const ZJourneySnapshot = z.object({
  title: z.string(),
  goal: z.string(),
  constraints: z.array(z.string()),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  targets: z.record(z.string(), z.number().int()),
});
export type TJourneySnapshot = z.output<typeof ZJourneySnapshot>;

/** Parses a stored snapshot; a malformed row reads as null instead of breaking the history list. */
export function parseJourneySnapshot(value: unknown): TJourneySnapshot | null {
  const parsed = ZJourneySnapshot.safeParse(value);
  return parsed.success ? parsed.data : null;
}

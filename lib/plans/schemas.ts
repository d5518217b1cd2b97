/**
 * Plan inputs and list filters. Pure: the same schemas parse form posts (strings), test objects and
 * URL search params. Model-specific checks (aspect, level) and owner checks happen in the DAL.
 */
import { z } from "zod";
import { STEP_STATUSES } from "./statuses";
import { MAX_TITLE_LENGTH } from "./suggest";

export { STATUS_LABELS, STEP_STATUSES, type TStepStatus } from "./statuses";

const ZId = z.string().trim().min(1).max(40);
const ZOptionalId = z
  .union([z.literal(""), z.null(), ZId])
  .optional()
  .transform((v) => v || null);
const ZOptionalDate = z
  .union([z.literal(""), z.null(), z.iso.date("Use a date like 2026-01-31")])
  .optional()
  .transform((value) => value || null);
const ZDate = z.iso.date("Use a date like 2026-01-31");

export const ZStepFields = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the step a title")
    .max(MAX_TITLE_LENGTH, `At most ${MAX_TITLE_LENGTH} characters`),
  aspectId: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/, "Choose an aspect"),
  level: z.coerce.number({ error: "Choose a level" }).int().min(1).max(9),
  characteristic: z.string().trim().max(1000, "At most 1000 characters").default(""),
  ownerId: ZOptionalId,
  dueOn: ZOptionalDate,
  status: z.enum(STEP_STATUSES, { error: "Choose a status" }).default("TODO"),
  notes: z.string().trim().max(4000, "At most 4000 characters").default(""),
  iterationId: ZOptionalId,
  /** An outcome of the same journey the step works towards (optional; the step keeps its aspect). */
  outcomeId: ZOptionalId,
});
export type TStepInputRaw = z.input<typeof ZStepFields>;
export type TStepInput = z.output<typeof ZStepFields>;

export const ZVersion = z.coerce.number().int().min(1);

export const ZIterationFields = z
  .object({
    name: z.string().trim().min(1, "Name the iteration").max(80, "At most 80 characters"),
    startsOn: ZDate,
    endsOn: ZDate,
  })
  .superRefine((value, ctx) => {
    if (value.endsOn < value.startsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The end date must not be before the start date",
      });
  });
export type TIterationInputRaw = z.input<typeof ZIterationFields>;
export type TIterationInput = z.output<typeof ZIterationFields>;

/** Closing an iteration; optionally opens the next one and carries unfinished steps into it. */
export const ZCloseFields = z.object({
  carry: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
  nextName: z.string().trim().max(80, "At most 80 characters").default(""),
  nextStartsOn: ZOptionalDate,
  nextEndsOn: ZOptionalDate,
});

const ZFilterId = z
  .string()
  .trim()
  .max(80)
  .optional()
  .catch(undefined)
  .transform((v) => v || null);

/** List filters from the URL; anything malformed is ignored rather than an error page. */
export const ZStepFilters = z.object({
  owner: ZFilterId,
  aspect: ZFilterId,
  status: z
    .enum(STEP_STATUSES)
    .optional()
    .catch(undefined)
    .transform((v) => v ?? null),
  overdue: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => v === "1" || v === "true"),
  iteration: ZFilterId,
});
export type TStepFilters = z.output<typeof ZStepFilters>;

/** Parses Next.js searchParams (string | string[] | undefined per key). */
export function parseStepFilters(
  params: Readonly<Record<string, string | string[] | undefined>>,
): TStepFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ZStepFilters.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)])));
}

/** Query string for the list view (only the filters that are set). */
export function filtersQuery(filters: TStepFilters): string {
  const q = new URLSearchParams();
  if (filters.owner) q.set("owner", filters.owner);
  if (filters.aspect) q.set("aspect", filters.aspect);
  if (filters.status) q.set("status", filters.status);
  if (filters.overdue) q.set("overdue", "1");
  if (filters.iteration) q.set("iteration", filters.iteration);
  const s = q.toString();
  return s ? `?${s}` : "";
}

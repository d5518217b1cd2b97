/**
 * Input of outcome goals, check-ins and requirements. Pure: the same schemas parse form posts (strings)
 * and seed/test objects. Bad input: dates in order, finite numbers, target ≠ baseline.
 */
import { z } from "zod";

const ZIsoDate = z.iso.date("Use a date like 2026-01-31");
const ZOptionalDate = z
  .union([z.literal(""), z.null(), ZIsoDate])
  .optional()
  .transform((value) => value || null);

/** A finite number; form posts arrive as strings ("12.5"); "" is not a number. */
const ZFiniteNumber = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value)) : value),
  z
    .number({ error: "Enter a number" })
    .refine(Number.isFinite, "Enter a finite number")
    .refine((n) => Math.abs(n) <= 1e12, "At most 1,000,000,000,000"),
);

export const OUTCOME_KINDS = ["METRIC", "CHECKLIST"] as const;
export const REQUIREMENT_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
export const REQUIREMENT_STATUS_LABEL: Record<(typeof REQUIREMENT_STATUSES)[number], string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

export const ZOutcomeInput = z
  .object({
    kind: z.enum(OUTCOME_KINDS).default("METRIC"),
    name: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
    unit: z.string().trim().max(30, "At most 30 characters").default(""),
    baseline: ZFiniteNumber,
    baselineOn: ZIsoDate,
    target: ZFiniteNumber,
    deadline: ZIsoDate,
  })
  .superRefine((value, ctx) => {
    if (value.deadline <= value.baselineOn)
      ctx.addIssue({
        code: "custom",
        path: ["deadline"],
        message: "The deadline must be after the baseline date",
      });
    if (value.target === value.baseline)
      ctx.addIssue({ code: "custom", path: ["target"], message: "The target must differ from the baseline" });
  });
export type TOutcomeInputRaw = z.input<typeof ZOutcomeInput>;
export type TOutcomeInput = z.output<typeof ZOutcomeInput>;

export const ZCheckInInput = z.object({
  value: ZFiniteNumber,
  checkedOn: ZIsoDate,
  note: z.string().trim().max(500, "At most 500 characters").default(""),
});
export type TCheckInInputRaw = z.input<typeof ZCheckInInput>;

export const ZRequirementInput = z.object({
  name: z.string().trim().min(2, "At least 2 characters").max(160, "At most 160 characters"),
  ownerId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || null),
  dueOn: ZOptionalDate,
  status: z.enum(REQUIREMENT_STATUSES).default("NOT_STARTED"),
  evidence: z.string().trim().max(1000, "At most 1000 characters").default(""),
  perTeam: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});
export type TRequirementInputRaw = z.input<typeof ZRequirementInput>;

export const ZTeamRequirementInput = z.object({
  status: z.enum(REQUIREMENT_STATUSES),
  evidence: z.string().trim().max(1000, "At most 1000 characters").default(""),
});

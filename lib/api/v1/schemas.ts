/**
 * Response shapes of /api/v1 (request shapes are the app's own schemas, imported where used). Dates
 * are ISO strings on the wire; these schemas describe (and in tests validate) exactly what is sent.
 */
import { z } from "zod";
import { STEP_STATUSES } from "@/lib/plans/schemas";

export const ZId = z.string().min(1).max(40);
export const ZDateTime = z.iso.datetime();
export const ZIsoDate = z.iso.date();
const ZLevels = z
  .record(z.string(), z.number().int().nullable())
  .describe("aspect id → level (null: not assessed)");

export const ZModelRef = z
  .object({ key: z.string(), version: z.number().int(), title: z.string() })
  .meta({ id: "ModelRef" });

export const ZTeam = z
  .object({
    id: ZId,
    name: z.string(),
    description: z.string(),
    group: z.string(),
    memberCount: z.number().int(),
    latest: z
      .object({ assessmentId: ZId, submittedAt: ZDateTime.nullable(), levels: ZLevels })
      .nullable()
      .describe("The latest submitted assessment."),
  })
  .meta({ id: "Team" });

export const ZTeamDetail = z
  .object({
    id: ZId,
    name: z.string(),
    description: z.string(),
    group: z.string(),
    members: z.array(z.object({ id: ZId, name: z.string() })),
  })
  .meta({ id: "TeamDetail" });

export const ZModelSummary = z
  .object({ id: ZId, key: z.string(), version: z.number().int(), title: z.string() })
  .meta({ id: "ModelSummary" });

export const ZAnswer = z
  .object({
    questionId: z.string(),
    level: z.number().int().nullable(),
    notSure: z.boolean(),
    notes: z.string(),
    evidenceUrl: z.string(),
    updatedAt: ZDateTime,
  })
  .meta({ id: "Answer" });

const ZStatus = z.enum(["DRAFT", "SUBMITTED"]);
const ZMode = z.enum(["SOLO", "COLLABORATIVE", "WORKSHOP"]);

export const ZAssessmentSummary = z
  .object({
    id: ZId,
    title: z.string(),
    status: ZStatus,
    mode: ZMode,
    team: z.object({ id: ZId, name: z.string() }),
    model: ZModelRef,
    answerCount: z.number().int(),
    createdAt: ZDateTime,
    submittedAt: ZDateTime.nullable(),
    levels: ZLevels.describe("Frozen aspect levels of a submitted assessment (empty for drafts)."),
  })
  .meta({ id: "AssessmentSummary" });

export const ZAssessment = z
  .object({
    id: ZId,
    title: z.string(),
    status: ZStatus,
    mode: ZMode,
    team: z.object({ id: ZId, name: z.string() }),
    model: ZModelRef,
    createdAt: ZDateTime,
    updatedAt: ZDateTime,
    submittedAt: ZDateTime.nullable(),
    canEdit: z.boolean().describe("Whether this token may answer and submit it now."),
    answers: z.array(ZAnswer),
  })
  .meta({ id: "Assessment" });

export const ZAspectResult = z
  .object({
    aspectId: z.string(),
    aspectName: z.string(),
    mean: z.number().nullable().describe("Mean of the answered option levels (null: nothing answered)."),
    level: z.number().int().nullable(),
    levelName: z.string().nullable(),
    answered: z.number().int(),
    notSure: z.number().int(),
    unanswered: z.number().int(),
    total: z.number().int(),
    isLowConfidence: z.boolean(),
    explanation: z.array(z.string()).describe("Why this level: one sentence per fact."),
    nextLevel: z.object({ level: z.number().int(), name: z.string(), meanNeeded: z.number() }).nullable(),
  })
  .meta({ id: "AspectResult" });

export const ZResults = z
  .object({
    assessmentId: ZId,
    status: ZStatus,
    submittedAt: ZDateTime.nullable(),
    model: ZModelRef,
    answered: z.number().int(),
    total: z.number().int(),
    aspects: z.array(ZAspectResult),
  })
  .meta({ id: "Results" });

export const ZJourney = z
  .object({
    id: ZId,
    teamId: ZId.nullable().describe("null: an organization-wide journey"),
    title: z.string(),
    goal: z.string(),
    status: z.enum(["ACTIVE", "ARCHIVED"]),
    startsOn: ZIsoDate.nullable(),
    endsOn: ZIsoDate.nullable(),
    version: z.number().int(),
    targets: z.record(z.string(), z.number().int()).describe("aspect id → target level"),
    model: ZModelRef,
    createdAt: ZDateTime,
    updatedAt: ZDateTime,
  })
  .meta({ id: "Journey" });

export const ZJourneyDetail = ZJourney.extend({
  constraints: z.array(z.string()),
  team: z.object({ id: ZId, name: z.string() }).nullable(),
  revisions: z.array(z.object({ version: z.number().int(), editedAt: ZDateTime, editedByName: z.string() })),
}).meta({ id: "JourneyDetail" });

export const ZStep = z
  .object({
    id: ZId,
    journeyId: ZId,
    title: z.string(),
    aspectId: z.string(),
    level: z.number().int(),
    characteristic: z.string(),
    notes: z.string(),
    ownerId: ZId.nullable(),
    ownerName: z.string().nullable(),
    dueOn: ZIsoDate.nullable(),
    status: z.enum(STEP_STATUSES),
    position: z.number().int(),
    iterationId: ZId.nullable(),
    completedAt: ZDateTime.nullable(),
    version: z.number().int().describe("Send it back as If-Match (or `version`) when updating."),
    updatedAt: ZDateTime,
  })
  .meta({ id: "Step" });

export const ZPlanSummary = z
  .object({
    journeyId: ZId,
    teamId: ZId,
    teamName: z.string(),
    title: z.string(),
    status: z.enum(["ACTIVE", "ARCHIVED"]),
    steps: z.number().int(),
    done: z.number().int(),
  })
  .meta({ id: "PlanSummary" });

export const ZPlan = z
  .object({
    journeyId: ZId,
    title: z.string(),
    goal: z.string(),
    teamId: ZId,
    teamName: z.string(),
    canEdit: z.boolean(),
    iterations: z.array(
      z.object({
        id: ZId,
        name: z.string(),
        startsOn: ZIsoDate,
        endsOn: ZIsoDate,
        status: z.enum(["OPEN", "CLOSED"]),
        closedAt: ZDateTime.nullable(),
      }),
    ),
    owners: z.array(z.object({ id: ZId, name: z.string() })),
    stepCount: z.number().int(),
  })
  .meta({ id: "Plan" });

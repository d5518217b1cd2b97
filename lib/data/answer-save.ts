/**
 * The autosave write path (saveAnswer in ./assessments.ts) as one SQL statement on the pg pool under
 * Prisma: autosave is the hottest write, and Prisma's query compiler plus ~6 statements in an
 * interactive transaction cost far more CPU than the write itself (bench/results/load.md).
 *
 * The statement
 * - finds the assessment by id AND the caller's organization (foreign ids: no row → NOT_FOUND);
 * - reads the caller's role and team membership from the database (never trusts the context alone);
 * - updates the assessment's updated_at only if it is a SOLO DRAFT, of the expected model, and the caller may
 *   edit the team. That UPDATE takes the row lock that submitAssessment's `SELECT … FOR UPDATE` also
 *   takes, so a save and a submit are serialised: a save waiting for a submit re-checks `status =
 *   'DRAFT'` on the committed row (READ COMMITTED re-evaluation) and writes nothing;
 * - upserts the answer only when that UPDATE returned the row (same statement, same transaction).
 * It always returns the diagnostic row, so a refusal is explained without a second query.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { OrgContext } from "@/lib/authz/context";
import { canEditTeamAssessments, ORG_ROLES } from "@/lib/authz/roles";
import { LruCache } from "@/lib/cache/lru";
import { sqlPool } from "@/lib/db";
import { prepared, sql, type TSql } from "@/lib/data/sql";
import { AppError } from "@/lib/errors";
import type { TAnswerInputBody } from "@/lib/validation/answers";

export type TSavedAnswer = {
  questionId: string;
  level: number | null;
  notSure: boolean;
  notes: string;
  evidenceUrl: string;
  updatedAt: Date;
};

type TAccessRow = { status: string; mode: string; model_id: string; role: string | null; in_team: boolean };
type TSaveRow = TAccessRow & {
  question_id: string | null;
  level: number | null;
  not_sure: boolean | null;
  notes: string | null;
  evidence_url: string | null;
  updated_at: Date | null;
};

// Derived from the one policy function, so the SQL cannot disagree with lib/authz/roles.ts.
const ANY_TEAM_EDITORS = ORG_ROLES.filter((role) => canEditTeamAssessments(role, false));
const OWN_TEAM_EDITORS = ORG_ROLES.filter((role) => canEditTeamAssessments(role, true));

// An assessment's model never changes after it is started: remember it, keyed by org and id.
const modelIds = new LruCache<string, string>(20_000);

// timestamp(3) columns hold UTC, as Prisma writes them; the session time zone must not matter.
const NOW_UTC = sql`(now() AT TIME ZONE 'UTC')`;

// Evidence is "checked" on the day its link is saved; an unchanged link keeps its date (so evidence copied
// from a previous assessment stays as old as it is), an emptied one has none.
const CHECKED_TODAY = (url: TSql) => sql`CASE WHEN ${url} <> '' THEN (${NOW_UTC})::date END`;
const KEEP_CHECKED = sql`CASE WHEN EXCLUDED.evidence_url = '' THEN NULL
  WHEN EXCLUDED.evidence_url IS DISTINCT FROM answers.evidence_url THEN EXCLUDED.evidence_checked_on
  ELSE answers.evidence_checked_on END`;

/** A cuid-shaped id ("c" + time + randomness, 25 characters) like the ids Prisma generates. */
const newId = () => `c${Date.now().toString(36).padStart(8, "0")}${randomBytes(8).toString("hex")}`;

const accessQuery = (ctx: OrgContext, assessmentId: string) => sql`
  SELECT a.id, a.status::text AS status, a.mode::text AS mode, a.model_id, m.role::text AS role,
         EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = a.team_id AND tm.user_id = ${ctx.userId}::text) AS in_team
  FROM assessments a
  LEFT JOIN memberships m ON m.organization_id = a.organization_id AND m.user_id = ${ctx.userId}::text
  WHERE a.id = ${assessmentId}::text AND a.organization_id = ${ctx.orgId}::text`;

/** Throws the error the caller gets when the row says they may not write (same order as before: 404, 403, 409). */
function assertWritable(row: TAccessRow | undefined): asserts row is TAccessRow {
  if (!row || row.role === null) throw new AppError("NOT_FOUND", "Assessment not found.");
  if (!canEditTeamAssessments(row.role, row.in_team)) {
    throw new AppError(
      "FORBIDDEN",
      "Only the team's leads, facilitators and admins can change its assessments.",
    );
  }
  if (row.status !== "DRAFT")
    throw new AppError("INVALID_STATE", "This assessment was submitted and is read-only.");
  // Collaborative and workshop assessments get their team answers from consensus, never from autosave.
  if (row.mode === "COLLABORATIVE") {
    throw new AppError(
      "INVALID_STATE",
      "Several respondents answer this assessment: answer on its respond page; the lead records the agreed answers.",
    );
  }
  if (row.mode !== "SOLO")
    throw new AppError("INVALID_STATE", "This assessment is answered in a live workshop: vote there.");
}

/** The assessment's model row id (cached); NOT_FOUND for ids outside the caller's organization. */
export async function assessmentModelId(ctx: OrgContext, assessmentId: string): Promise<string> {
  const key = `${ctx.orgId}:${assessmentId}`;
  const cached = modelIds.get(key);
  if (cached) return cached;
  const { rows } = await sqlPool().query<{ model_id: string }>(
    prepared(
      "stepwise_assessment_model",
      sql`
    SELECT model_id FROM assessments WHERE id = ${assessmentId}::text AND organization_id = ${ctx.orgId}::text`,
    ),
  );
  if (!rows[0]) throw new AppError("NOT_FOUND", "Assessment not found.");
  modelIds.set(key, rows[0].model_id);
  return rows[0].model_id;
}

/** Read-only check used before reporting invalid input, so refusals keep their precedence. */
export async function assertAnswerWritable(ctx: OrgContext, assessmentId: string): Promise<void> {
  const { rows } = await sqlPool().query<TAccessRow>(
    prepared("stepwise_answer_access", accessQuery(ctx, assessmentId)),
  );
  assertWritable(rows[0]);
}

/**
 * Upserts one (already validated) answer in a single statement; see the file comment for the checks
 * and the lock. Returns null when the assessment's model is not `modelId` (the caller re-validates).
 */
export async function upsertAnswerIfWritable(
  ctx: OrgContext,
  assessmentId: string,
  modelId: string,
  input: TAnswerInputBody,
): Promise<TSavedAnswer | null> {
  const { rows } = await sqlPool().query<TSaveRow>(
    prepared(
      "stepwise_save_answer",
      sql`
    WITH info AS (${accessQuery(ctx, assessmentId)}),
    target AS (
      UPDATE assessments a SET updated_at = ${NOW_UTC}
      FROM info
      WHERE a.id = info.id AND a.status = 'DRAFT' AND a.mode = 'SOLO' AND a.model_id = ${modelId}::text
        AND (info.role = ANY(${ANY_TEAM_EDITORS}::text[]) OR (info.in_team AND info.role = ANY(${OWN_TEAM_EDITORS}::text[])))
      RETURNING a.id
    ),
    saved AS (
      INSERT INTO answers (id, assessment_id, question_id, level, not_sure, notes, evidence_url, evidence_checked_on, updated_by_id, updated_at)
      SELECT ${newId()}::text, target.id, ${input.questionId}::text, ${input.level}::int, ${input.notSure}::boolean,
             ${input.notes}::text, ${input.evidenceUrl}::text, ${CHECKED_TODAY(sql`${input.evidenceUrl}::text`)},
             ${ctx.userId}::text, ${NOW_UTC} FROM target
      ON CONFLICT (assessment_id, question_id) DO UPDATE SET level = EXCLUDED.level, not_sure = EXCLUDED.not_sure,
        notes = EXCLUDED.notes, evidence_url = EXCLUDED.evidence_url, evidence_checked_on = ${KEEP_CHECKED},
        updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at
      RETURNING question_id, level, not_sure, notes, evidence_url, updated_at AT TIME ZONE 'UTC' AS updated_at
    )
    SELECT info.status, info.mode, info.model_id, info.role, info.in_team, saved.* FROM info LEFT JOIN saved ON true`,
    ),
  );
  return toAnswer(rows[0], modelId);
}

function toAnswer(row: TSaveRow | undefined, modelId: string): TSavedAnswer | null {
  assertWritable(row);
  if (row.model_id !== modelId) return null;
  // Allowed and DRAFT in the statement's snapshot, yet not written: a submit committed while we waited for the lock.
  if (row.question_id === null)
    throw new AppError("INVALID_STATE", "This assessment was submitted and is read-only.");
  return {
    questionId: row.question_id,
    level: row.level,
    notSure: row.not_sure!,
    notes: row.notes!,
    evidenceUrl: row.evidence_url!,
    updatedAt: row.updated_at!,
  };
}

/**
 * Upserts several (already validated, distinct) answers in ONE statement with the same checks and
 * lock as upsertAnswerIfWritable: all of them are written, or none. Returns null when the
 * assessment's model is not `modelId`.
 */
export async function upsertAnswersIfWritable(
  ctx: OrgContext,
  assessmentId: string,
  modelId: string,
  inputs: readonly TAnswerInputBody[],
): Promise<TSavedAnswer[] | null> {
  const { rows } = await sqlPool().query<TSaveRow>(
    prepared(
      "stepwise_save_answers",
      sql`
    WITH info AS (${accessQuery(ctx, assessmentId)}),
    target AS (
      UPDATE assessments a SET updated_at = ${NOW_UTC}
      FROM info
      WHERE a.id = info.id AND a.status = 'DRAFT' AND a.mode = 'SOLO' AND a.model_id = ${modelId}::text
        AND (info.role = ANY(${ANY_TEAM_EDITORS}::text[]) OR (info.in_team AND info.role = ANY(${OWN_TEAM_EDITORS}::text[])))
      RETURNING a.id
    ),
    input AS (
      SELECT * FROM unnest(${inputs.map(() => newId())}::text[], ${inputs.map((a) => a.questionId)}::text[],
        ${inputs.map((a) => a.level)}::int[], ${inputs.map((a) => a.notSure)}::boolean[],
        ${inputs.map((a) => a.notes)}::text[], ${inputs.map((a) => a.evidenceUrl)}::text[])
        AS i(id, question_id, level, not_sure, notes, evidence_url)
    ),
    saved AS (
      INSERT INTO answers (id, assessment_id, question_id, level, not_sure, notes, evidence_url, evidence_checked_on, updated_by_id, updated_at)
      SELECT input.id, target.id, input.question_id, input.level, input.not_sure, input.notes, input.evidence_url,
             ${CHECKED_TODAY(sql`input.evidence_url`)}, ${ctx.userId}::text, ${NOW_UTC} FROM target CROSS JOIN input
      ON CONFLICT (assessment_id, question_id) DO UPDATE SET level = EXCLUDED.level, not_sure = EXCLUDED.not_sure,
        notes = EXCLUDED.notes, evidence_url = EXCLUDED.evidence_url, evidence_checked_on = ${KEEP_CHECKED},
        updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at
      RETURNING question_id, level, not_sure, notes, evidence_url, updated_at AT TIME ZONE 'UTC' AS updated_at
    )
    SELECT info.status, info.mode, info.model_id, info.role, info.in_team, saved.* FROM info LEFT JOIN saved ON true`,
    ),
  );
  const first = toAnswer(rows[0], modelId);
  if (!first) return null;
  return rows.map((row) => toAnswer(row, modelId)!);
}

/** Forgets a cached assessment → model mapping (only if it ever proves wrong). */
export const forgetAssessmentModel = (ctx: OrgContext, assessmentId: string) =>
  modelIds.delete(`${ctx.orgId}:${assessmentId}`);

/**
 * The dashboard summary: each team's latest SUBMITTED assessment per model (team_latest_assessments)
 * and per model and calendar quarter in UTC (team_quarter_assessments). PostgreSQL triggers on
 * `assessments` keep both in the same transaction as every submit, whatever the path (questionnaire,
 * collaborative and workshop submits, imports, seeds; an API submit needs nothing extra), and the
 * migration backfilled them. A submit is a guarded upsert that keeps the larger (submitted_at, id), so
 * concurrent submits give the true latest in any commit order; deleting or un-submitting an assessment
 * recomputes its team's rows. Each row also carries its assessment's aspect levels and scores
 * (`aspects`, kept by triggers on aspect_scores too), so dashboards never read aspect_scores. This module recomputes the summary from the assessments, to check it.
 */
import "server-only";
import { db } from "@/lib/db";

export type TSummaryDrift = Readonly<{ table: "latest" | "quarter"; row: string }>;

/**
 * Rows where the summary and a full recomputation from the assessments differ (empty = exact), for one
 * organization. Each side is rendered as text and compared with EXCEPT both ways.
 */
export async function findSummaryDrift(orgId: string): Promise<TSummaryDrift[]> {
  const rows = await db.$queryRaw<Array<{ tbl: string; row: string }>>`
    WITH want_latest AS (
      SELECT DISTINCT ON (a.team_id, a.model_id)
        concat_ws('|', a.team_id, a.model_id, a.id, a.submitted_at::text, assessment_aspects_json(a.id)::text) AS row
      FROM assessments a
      WHERE a.organization_id = ${orgId} AND a.status = 'SUBMITTED' AND a.submitted_at IS NOT NULL
      ORDER BY a.team_id, a.model_id, a.submitted_at DESC, a.id DESC
    ),
    have_latest AS (
      SELECT concat_ws('|', team_id, model_id, assessment_id, submitted_at::text, aspects::text) AS row
      FROM team_latest_assessments WHERE organization_id = ${orgId}
    ),
    want_q AS (
      SELECT DISTINCT ON (a.team_id, a.model_id, date_trunc('quarter', a.submitted_at))
        concat_ws('|', a.team_id, a.model_id, date_trunc('quarter', a.submitted_at)::text, a.id, a.submitted_at::text, assessment_aspects_json(a.id)::text) AS row
      FROM assessments a
      WHERE a.organization_id = ${orgId} AND a.status = 'SUBMITTED' AND a.submitted_at IS NOT NULL
      ORDER BY a.team_id, a.model_id, date_trunc('quarter', a.submitted_at), a.submitted_at DESC, a.id DESC
    ),
    have_q AS (
      SELECT concat_ws('|', team_id, model_id, quarter::text, assessment_id, submitted_at::text, aspects::text) AS row
      FROM team_quarter_assessments WHERE organization_id = ${orgId}
    )
    (SELECT 'latest' AS tbl, 'missing ' || row AS row FROM (SELECT row FROM want_latest EXCEPT SELECT row FROM have_latest) x)
    UNION ALL
    (SELECT 'latest', 'extra ' || row FROM (SELECT row FROM have_latest EXCEPT SELECT row FROM want_latest) x)
    UNION ALL
    (SELECT 'quarter', 'missing ' || row FROM (SELECT row FROM want_q EXCEPT SELECT row FROM have_q) x)
    UNION ALL
    (SELECT 'quarter', 'extra ' || row FROM (SELECT row FROM have_q EXCEPT SELECT row FROM want_q) x)`;
  return rows.map((r) => ({ table: r.tbl as TSummaryDrift["table"], row: r.row }));
}

/**
 * Set-based generator for a large organization (scripts/seed-large.ts, bench/dashboards.ts): teams in
 * groups, quarterly submitted assessments with answers and frozen aspect scores, some drafts, and ACTIVE
 * journeys with targets. A handful of INSERT … SELECT generate_series statements, not one call per row;
 * pseudo-randomness comes from hashtext() so the data is the same on every run.
 */
import type pg from "pg";
import type { TMaturityModel } from "@/lib/model/schema";

export const LARGE_GROUPS = [
  "Commerce",
  "Core Platform",
  "Data & AI",
  "Identity & Security",
  "Mobile",
  "Growth",
  "Logistics",
  "Finance Systems",
  "Developer Experience",
  "Customer Care",
];
const WORDS = [
  "Payments",
  "Checkout",
  "Search",
  "Catalog",
  "Pricing",
  "Orders",
  "Fulfilment",
  "Ledger",
  "Streaming",
  "Analytics",
  "Auth",
  "Profiles",
  "Notifications",
  "Billing",
  "Gateway",
  "Inventory",
  "Reviews",
  "Shipping",
  "Tax",
  "Loyalty",
];

export type TLargeOrgSpec = Readonly<{
  slug: string;
  name: string;
  teams: number;
  quarters: number;
  users: ReadonlyArray<{ userId: string; role: string }>;
}>;

/** Creates the organization from scratch (an existing one with that slug is deleted first). */
export async function createLargeOrg(
  client: pg.Client,
  spec: TLargeOrgSpec,
  model: { id: string; definition: TMaturityModel },
) {
  const org = `lg-${spec.slug}`;
  const adminId = spec.users[0]!.userId;
  const questions = model.definition.aspects.flatMap((a) => a.questions.map((q) => [a.id, q.id]));
  const maxLevel = model.definition.levels.length;
  await client.query("BEGIN");
  try {
    await client.query("DELETE FROM organizations WHERE slug = $1", [spec.slug]);
    await client.query("INSERT INTO organizations (id, slug, name) VALUES ($1, $2, $3)", [
      org,
      spec.slug,
      spec.name,
    ]);
    for (const u of spec.users) {
      await client.query(
        `INSERT INTO memberships (id, organization_id, user_id, role) VALUES ($1, $2, $3, $4::"OrgRole")`,
        [`${org}-m-${u.userId}`, org, u.userId, u.role],
      );
    }
    await client.query(
      `INSERT INTO teams (id, organization_id, name, description, "group")
       SELECT $1 || '-t' || i, $1, ($2::text[])[1 + i % array_length($2::text[], 1)] || ' ' || lpad(i::text, GREATEST(4, length($4::text)), '0'), 'Generated team', ($3::text[])[1 + i % array_length($3::text[], 1)]
       FROM generate_series(1, $4::int) AS i`,
      [org, WORDS, LARGE_GROUPS, spec.teams],
    );
    // One assessment per team and quarter; every 7th team stopped two quarters ago (stale).
    await client.query(
      `CREATE TEMP TABLE gen ON COMMIT DROP AS
       SELECT t.id || '-a' || k AS id, t.id AS team_id, k,
              LEAST(now() - interval '1 day',
                    date_trunc('quarter', now()) - (($2::int - 1 - k + CASE WHEN i % 7 = 0 THEN 2 ELSE 0 END) * interval '3 months')
                    + (5 + abs(hashtext(t.id || k)) % 80) * interval '1 day')::timestamp(3) AS submitted_at
       FROM generate_series(1, $3::int) AS i JOIN teams t ON t.id = $1 || '-t' || i
       CROSS JOIN generate_series(0, $2::int - 1) AS k`,
      [org, spec.quarters, spec.teams],
    );
    await client.query(
      `INSERT INTO assessments (id, organization_id, team_id, model_id, title, status, created_by_id, submitted_by_id, submitted_at, created_at, updated_at)
       SELECT g.id, $1, g.team_id, $2, 'Quarterly assessment ' || (g.k + 1), 'SUBMITTED'::"AssessmentStatus", $3, $3, g.submitted_at, g.submitted_at, g.submitted_at FROM gen g
       UNION ALL
       SELECT t.id || '-draft', $1, t.id, $2, 'Draft in progress', 'DRAFT'::"AssessmentStatus", $3, NULL, NULL, now(), now()
       FROM teams t WHERE t.organization_id = $1 AND abs(hashtext(t.id)) % 10 = 0`,
      [org, model.id, adminId],
    );
    // Answers: a base level per team and aspect, a per-team pace of improvement, noise per question.
    await client.query(
      `INSERT INTO answers (id, assessment_id, question_id, level, not_sure, notes, evidence_url, updated_by_id, updated_at)
       SELECT g.id || ':' || q.qid, g.id, q.qid,
              GREATEST(1, LEAST($3::int, 1 + abs(hashtext(g.team_id || q.aid)) % 2
                 + floor(g.k * (abs(hashtext(g.team_id || 'pace')) % 3) / 6.0)::int
                 + abs(hashtext(g.id || q.qid)) % 3 - 1)),
              false, '', '', $2, g.submitted_at
       FROM gen g CROSS JOIN jsonb_to_recordset($1::jsonb) AS q(aid text, qid text)`,
      [JSON.stringify(questions.map(([aid, qid]) => ({ aid, qid }))), adminId, maxLevel],
    );
    // Frozen scores exactly as submit computes them: mean of levels, nearest level, ties down.
    await client.query(
      `INSERT INTO aspect_scores (assessment_id, aspect_id, score, level, answered, total)
       SELECT ans.assessment_id, q.aid, round(avg(ans.level), 2), GREATEST(1, LEAST($2::int, ceil(round(avg(ans.level), 2) - 0.5)))::int, count(*), count(*)
       FROM answers ans JOIN gen g ON g.id = ans.assessment_id
       JOIN jsonb_to_recordset($1::jsonb) AS q(aid text, qid text) ON q.qid = ans.question_id
       GROUP BY ans.assessment_id, q.aid`,
      [JSON.stringify(questions.map(([aid, qid]) => ({ aid, qid }))), maxLevel],
    );
    await insertJourneys(client, org, model, adminId);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
  const { rows } = await client.query(
    "SELECT (SELECT count(*) FROM teams WHERE organization_id = $1) AS teams, (SELECT count(*) FROM assessments WHERE organization_id = $1) AS assessments",
    [org],
  );
  return { orgId: org, teams: Number(rows[0].teams), assessments: Number(rows[0].assessments) };
}

/** ACTIVE journeys with a target per aspect for 4 in 5 teams, plus an archived one for every 10th team. */
async function insertJourneys(
  client: pg.Client,
  org: string,
  model: { id: string; definition: TMaturityModel },
  adminId: string,
) {
  const aspects = model.definition.aspects.map((a) => a.id);
  await client.query(
    `INSERT INTO journeys (id, organization_id, team_id, model_id, title, goal, status, created_by_id, updated_at)
     SELECT t.id || '-j' || s.n, $1, t.id, $2, 'Improvement journey', 'Raise the weakest aspects by one level',
            CASE s.n WHEN 1 THEN 'ACTIVE' ELSE 'ARCHIVED' END::"JourneyStatus", $3, now()
     FROM teams t CROSS JOIN (VALUES (1), (2)) AS s(n)
     WHERE t.organization_id = $1 AND ((s.n = 1 AND abs(hashtext(t.id || 'j')) % 5 <> 0) OR (s.n = 2 AND abs(hashtext(t.id || 'j')) % 10 = 1))`,
    [org, model.id, adminId],
  );
  await client.query(
    `INSERT INTO journey_targets (journey_id, aspect_id, level)
     SELECT j.id, a, 2 + abs(hashtext(j.id || a)) % ($3::int - 1) FROM journeys j CROSS JOIN unnest($2::text[]) AS a WHERE j.organization_id = $1`,
    [org, aspects, model.definition.levels.length],
  );
  await client.query(
    `INSERT INTO journey_revisions (id, journey_id, version, edited_by_id, snapshot)
     SELECT j.id || '-r1', j.id, 1, $2, jsonb_build_object('title', j.title, 'goal', j.goal, 'constraints', '[]'::jsonb, 'startsOn', NULL, 'endsOn', NULL,
            'targets', (SELECT jsonb_object_agg(jt.aspect_id, jt.level) FROM journey_targets jt WHERE jt.journey_id = j.id))
     FROM journeys j WHERE j.organization_id = $1`,
    [org, adminId],
  );
}

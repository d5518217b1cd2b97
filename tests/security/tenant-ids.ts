/**
 * The ids of the objects tests/security/seed.ts made in one organization, read from the database the
 * server uses (DATABASE_URL), and the values each path parameter and each `$name` placeholder of an
 * expectation's form stands for.
 */
import pg from "pg";
import { signUnsubscribeToken } from "@/lib/digests/unsubscribe";
import { INVITE_TOKEN, shareTokenFor } from "./fixtures";

export type TTenantIds = Record<string, string>;

export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type TRow = { id: string; version: string; key: string; join_code: string; assessment_id: string };

async function one(client: pg.Client, text: string, values: unknown[]): Promise<TRow> {
  const { rows } = await client.query(text, values);
  if (!rows[0]) throw new Error(`security seed missing: ${text} ${JSON.stringify(values)}`);
  return rows[0] as TRow;
}

export async function loadTenantIds(client: pg.Client, slug: string): Promise<TTenantIds> {
  const org = await one(client, "SELECT id FROM organizations WHERE slug = $1", [slug]);
  const team = (name: string) =>
    one(client, "SELECT id FROM teams WHERE organization_id = $1 AND name = $2", [org.id, name]);
  const assessment = (title: string) =>
    one(client, "SELECT id FROM assessments WHERE organization_id = $1 AND title = $2", [org.id, title]);
  // In creation order, never by editable titles: the fuzzer may rename things in sec-away.
  const first = (table: string, where: string, offset = 0, columns = "id, version") =>
    one(
      client,
      `SELECT ${columns} FROM ${table} WHERE organization_id = $1 AND ${where} ORDER BY created_at, id OFFSET ${offset} LIMIT 1`,
      [org.id],
    );
  const alpha = await team("Alpha");
  const workshop = await one(
    client,
    "SELECT w.id, w.join_code, w.assessment_id FROM workshops w WHERE w.organization_id = $1 ORDER BY w.created_at LIMIT 1",
    [org.id],
  );
  const teamJourney = await first("journeys", "team_id IS NOT NULL");
  const step = await first("plan_steps", "true");
  const iteration = await first("plan_iterations", "true");
  const nextIteration = await first("plan_iterations", "true", 1);
  // Outcomes carry no version column.
  const outcome = (offset: number) => first("journey_outcomes", "true", offset, "id");
  // Campaigns carry no version column; the close action closes the spare one.
  const campaign = (offset: number) => first("campaigns", "true", offset, "id");
  const requirement = await one(
    client,
    "SELECT id FROM outcome_requirements WHERE organization_id = $1 ORDER BY position, id LIMIT 1",
    [org.id],
  );
  const model = await one(
    client,
    "SELECT id, key, version FROM maturity_models WHERE key = 'cncf-platform-engineering' AND organization_id IS NULL ORDER BY version DESC LIMIT 1",
    [],
  );
  const spare = await one(
    client,
    "SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organization_id = $1 AND u.email LIKE 'spare@%'",
    [org.id],
  ).catch(() => ({ id: "no-spare-user-in-this-org" }) as TRow);
  // A member's (the viewer's, where there is one) digest unsubscribe link (signed with the servers' secret): valid for anyone who has it.
  const viewerMembership = await one(
    client,
    "SELECT id FROM memberships WHERE organization_id = $1 ORDER BY (role = 'VIEWER') DESC, created_at, id LIMIT 1",
    [org.id],
  );
  const webhook = (offset: number) =>
    one(
      client,
      `SELECT id FROM webhook_endpoints WHERE organization_id = $1 ORDER BY created_at, id OFFSET ${offset} LIMIT 1`,
      [org.id],
    ).catch(() => ({ id: "no-webhook-in-this-org" }) as TRow);
  const delivery = await one(
    client,
    "SELECT id FROM webhook_deliveries WHERE organization_id = $1 ORDER BY created_at LIMIT 1",
    [org.id],
  ).catch(() => ({ id: "no-delivery-in-this-org" }) as TRow);
  // Gone once the matrix's remove-member call removed them (the fuzzer then reads the ids again).
  const removable = await one(
    client,
    "SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organization_id = $1 AND u.email LIKE 'removable@%'",
    [org.id],
  ).catch(() => ({ id: "removed-already" }) as TRow);
  const revocableToken = await one(
    client,
    "SELECT id FROM api_tokens WHERE organization_id = $1 AND name = 'security matrix revocable'",
    [org.id],
  );
  const revocableInvite = await one(
    client,
    "SELECT id FROM invites WHERE organization_id = $1 AND token_hash = encode(sha256(convert_to('revocable-invite-' || $1, 'UTF8')), 'hex')",
    [org.id],
  );
  const revocableShare = await one(
    client,
    "SELECT id FROM share_links WHERE organization_id = $1 AND label = 'sec share revocable'",
    [org.id],
  );
  const lead = await one(
    client,
    "SELECT m.user_id AS id FROM memberships m WHERE m.organization_id = $1 ORDER BY (m.role = 'LEAD') DESC, m.created_at LIMIT 1",
    [org.id],
  );
  return {
    orgSlug: slug,
    org: slug,
    teamId: alpha.id,
    betaTeamId: (await team("Beta")).id,
    draft: (await assessment("sec draft")).id,
    submitted: (await assessment("sec submitted")).id,
    collab: (await assessment("sec collab")).id,
    workshopAssessment: workshop.assessment_id,
    workshopId: workshop.id,
    joinCode: workshop.join_code,
    teamJourney: teamJourney.id,
    teamJourneyVersion: String(teamJourney.version),
    orgJourney: (await first("journeys", "team_id IS NULL")).id,
    teamOutcome: (await outcome(0)).id,
    orgOutcome: (await outcome(1)).id,
    spareOutcome: (await outcome(2).catch(() => ({ id: "spare-outcome-deleted" }) as TRow)).id,
    requirementId: requirement.id,
    campaignId: (await campaign(0)).id,
    spareCampaignId: (await campaign(1)).id,
    stepId: step.id,
    stepVersion: String(step.version),
    iterationId: iteration.id,
    iterationVersion: String(iteration.version),
    nextIterationId: nextIteration.id,
    modelId: model.id,
    modelKey: model.key,
    version: String(model.version),
    aspectId: "investment",
    level: "1",
    spareUserId: spare.id,
    removableUserId: removable.id,
    revocableTokenId: revocableToken.id,
    revocableInviteId: revocableInvite.id,
    revocableShareLinkId: revocableShare.id,
    shareToken: shareTokenFor(slug),
    digestToken: signUnsubscribeToken(process.env.NEXTAUTH_SECRET ?? "", viewerMembership.id, org.id),
    leadUserId: lead.id,
    webhookId: (await webhook(0)).id,
    spareWebhookId: (await webhook(1)).id,
    deliveryId: delivery.id,
    token: INVITE_TOKEN[slug as keyof typeof INVITE_TOKEN] ?? "no-invite",
    nextauth: "session",
  };
}

/**
 * Replaces `$name` in a template value with the tenant's id of that name (`$rand` with a fresh
 * suffix). Unknown names throw, so a typo in route-expectations.ts fails loudly.
 */
export function resolveTemplate(value: string, ids: TTenantIds): string {
  return value.replace(/\$([A-Za-z]+)/g, (_, name: string) => {
    if (name === "rand") return Math.random().toString(36).slice(2, 10);
    const v = ids[name];
    if (v === undefined)
      throw new Error(`unknown placeholder $${name} (known: ${Object.keys(ids).join(", ")})`);
    return v;
  });
}

/**
 * Rate-limit counters as they are now; the returned function puts them back. The matrix and the
 * fuzzer sign in, sign up and join from the same address as the other e2e tests, which must not
 * inherit their counts.
 */
export async function saveRateLimits(client: pg.Client): Promise<() => Promise<void>> {
  const { rows } = await client.query<Record<string, unknown>>("SELECT * FROM rate_limit_buckets");
  return async () => {
    await client.query("DELETE FROM rate_limit_buckets");
    for (const row of rows) {
      const cols = Object.keys(row);
      await client.query(
        `INSERT INTO rate_limit_buckets (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})`,
        cols.map((c) => row[c]),
      );
    }
  };
}

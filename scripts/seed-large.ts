/**
 * `npm run seed:large [-- --teams=N] [--force]`: a realistic large organization for benchmarks, in its own database
 * `stepwise_large` (DATABASE_URL's server when set, else an embedded PostgreSQL in .data/pg-bench so it
 * never competes with the dev database). Creates:
 *   - org `large`: 1,000 teams (or N) in 10 groups, 8 quarterly submitted assessments each (answers + scores),
 *     drafts for ~10% of teams, ACTIVE journeys with targets for ~80%;
 *   - org `small`: the same shape with 10 teams (to show query counts do not grow with teams);
 *   - the demo organization (prisma/seed.ts).
 * Sign in as admin@large.stepwise.test or exec@large.stepwise.test, password stepwise-demo.
 * Skips work when the data is already there (use --force to rebuild).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { DATA_DIR } from "./lib/app-env";
import { ensureDatabaseExists, startEmbeddedPostgres, withDatabaseName } from "./lib/database";
import { createLargeOrg } from "./lib/large-org";
import { migrateDeploy } from "./lib/prisma-cli";

export const LARGE_DB = "stepwise_large";
export const LARGE_PASSWORD = "stepwise-demo";
export const LARGE_USERS = { admin: "admin@large.stepwise.test", exec: "exec@large.stepwise.test" } as const;
const log = (line: string) => console.log(`[seed:large] ${line}`);

export type TSeedOrg = Readonly<{ slug: string; teams: number }>;
/** The orgs the growth benchmark compares (org `large-<n>` with n teams). */
export const growthOrg = (teams: number): TSeedOrg => ({ slug: `large-${teams}`, teams });

/**
 * Seeds `url` (database created if missing): org `large` with `teams` teams, org `small` with 10, and
 * any `extra` orgs. An org that already has its team count is left as it is unless `force`.
 */
export async function seedLarge(
  url: string,
  { force = false, teams = 1000, extra = [] as readonly TSeedOrg[] } = {},
) {
  const started = Date.now();
  await ensureDatabaseExists(url);
  migrateDeploy(url);
  process.env.DATABASE_URL = url;
  const { seedDemo } = await import("../prisma/seed");
  await seedDemo((line) => log(`demo: ${line}`));
  const { hashPassword } = await import("@/lib/passwords");
  const { getModelDefinition } = await import("@/lib/data/models");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const specs = [{ slug: "large", teams }, { slug: "small", teams: 10 }, ...extra];
    const todo: TSeedOrg[] = [];
    for (const spec of specs) {
      const existing = await client.query(
        "SELECT count(*)::int AS n FROM teams t JOIN organizations o ON o.id = t.organization_id WHERE o.slug = $1",
        [spec.slug],
      );
      if (!force && existing.rows[0].n === spec.teams)
        log(`org "${spec.slug}" already has ${spec.teams} teams: left unchanged (--force rebuilds)`);
      else todo.push(spec);
    }
    if (todo.length === 0) return;
    const hash = await hashPassword(LARGE_PASSWORD);
    const userIds: string[] = [];
    for (const [label, email] of Object.entries(LARGE_USERS)) {
      const { rows } = await client.query(
        "INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id",
        [`lg-user-${label}`, email, label === "admin" ? "Large Admin" : "Large Executive", hash],
      );
      userIds.push(rows[0].id);
    }
    const users = [
      { userId: userIds[0]!, role: "ADMIN" },
      { userId: userIds[1]!, role: "VIEWER" },
    ];
    const { rows } = await client.query(
      "SELECT id FROM maturity_models WHERE key = 'cncf-platform-engineering' AND organization_id IS NULL ORDER BY version DESC LIMIT 1",
    );
    const model = { id: rows[0].id as string, definition: await getModelDefinition(rows[0].id) };
    for (const spec of todo) {
      const t0 = Date.now();
      const name = `${spec.slug === "small" ? "Small" : "Large"} Org (${spec.teams.toLocaleString("en")} teams)`;
      const result = await createLargeOrg(client, { ...spec, name, quarters: 8, users }, model);
      log(
        `org "${spec.slug}": ${result.teams} teams, ${result.assessments} assessments in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    await client.query("ANALYZE");
    log(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s; sign in as ${LARGE_USERS.exec} / ${LARGE_PASSWORD}`,
    );
  } finally {
    await client.end();
  }
}

/** The large database: on DATABASE_URL's server, or on an embedded server in .data/pg-bench. */
export async function largeDatabase(opts: { log?: (line: string) => void } = {}) {
  if (process.env.DATABASE_URL)
    return {
      url: withDatabaseName(process.env.DATABASE_URL, LARGE_DB),
      dataDir: undefined,
      stop: async () => {},
    };
  // BENCH_PG_DIR: a separate data dir under .data, so parallel benchmark runs do not share one server.
  const dataDir = path.join(DATA_DIR, process.env.BENCH_PG_DIR ?? "pg-bench");
  const server = await startEmbeddedPostgres({ dataDir, log: opts.log });
  return { url: server.serverUrl(LARGE_DB), dataDir, stop: server.stop };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const database = await largeDatabase();
  try {
    const teamsArg = process.argv.find((a) => a.startsWith("--teams="));
    const teams = teamsArg ? Number(teamsArg.slice("--teams=".length)) : 1000;
    if (!Number.isInteger(teams) || teams < 1 || teams > 100_000)
      throw new Error("--teams=N expects a whole number from 1 to 100000");
    await seedLarge(database.url, { force: process.argv.includes("--force"), teams });
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.stop();
  }
}

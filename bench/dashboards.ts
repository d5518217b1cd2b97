/**
 * `npm run bench:dashboards`: server response times and SQL statements per page load of the dashboards.
 *
 * 1. Starts PostgreSQL (embedded in .data/pg-bench, or DATABASE_URL's server) and seeds `stepwise_large`
 *    if needed (scripts/seed-large.ts: org `large` with 1,000 teams, org `small` with 10).
 * 2. Builds the production bundle into .next-bench (reused when present; BENCH_REBUILD=1 rebuilds) and runs `next start`.
 * 3. Signs in through the next-auth credentials callback (csrf token + cookie), warms up, then sends
 *    BENCH_RUNS (default 50) sequential requests per page and reports p50 / p95 / max in ms.
 * 4. Counts SQL statements per page load: turns on log_statement = 'all' (ALTER SYSTEM + reload),
 *    loads each page alone and counts the statements the server logged meanwhile, for both orgs.
 * Writes bench/results/dashboards.md. Embedded only for statement counts (needs the server log).
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureBuild, percentile, signIn, waitFor } from "./lib/harness";
import { appEnv } from "../scripts/lib/app-env";
import { freePort } from "../scripts/lib/database";
import { largeDatabase, LARGE_PASSWORD, LARGE_USERS, seedLarge } from "../scripts/seed-large";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench"; // BENCH_DIST_DIR reuses another build dir
const log = (line: string) => console.log(`[bench] ${line}`);

// Statement counter fed by the embedded server's log (stderr).
let statements = 0;
const onServerLog = (chunk: string) => {
  statements += (chunk.match(/LOG: {2}(statement|execute [^:]*):/g) ?? []).length;
};

async function load(url: string, cookie: string) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.text();
  return { ms: performance.now() - t0, status: res.status };
}

const pct = percentile;

async function measure(url: string, cookie: string) {
  for (let i = 0; i < 5; i += 1) await load(url, cookie);
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const r = await load(url, cookie);
    times.push(r.ms);
    status = r.status;
  }
  times.sort((a, b) => a - b);
  return { status, p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1]! };
}

async function countStatements(url: string, cookie: string, samples = 3) {
  const counts: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    await new Promise((r) => setTimeout(r, 300));
    statements = 0;
    await load(url, cookie);
    await new Promise((r) => setTimeout(r, 500)); // let the server log drain
    counts.push(statements);
  }
  return counts;
}

async function main() {
  const embedded = !process.env.DATABASE_URL; // read before seedLarge sets DATABASE_URL for the app
  const database = await largeDatabase({ log: onServerLog });
  const admin = new pg.Client({ connectionString: database.url.replace(/\/stepwise_large$/, "/postgres") });
  let server: ReturnType<typeof spawn> | undefined;
  let adminConnected = false;
  try {
    await seedLarge(database.url);
    const env = appEnv(database.url, {
      NEXT_DIST_DIR: DIST,
      NEXTAUTH_SECRET: "bench-secret-0123456789-0123456789-0123456789",
      LOG_LEVEL: "warn",
    });
    ensureBuild(DIST, env, log, { force: Boolean(process.env.BENCH_REBUILD) });
    const port = await freePort(3290);
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
      { stdio: ["ignore", "ignore", "inherit"], env },
    );
    await waitFor(`${base}/sign-in`);
    const cookie = await signIn(base, LARGE_USERS.exec, LARGE_PASSWORD);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const teamOf = async (slug: string) =>
      (
        await db.query(
          "SELECT t.id FROM teams t JOIN organizations o ON o.id = t.organization_id JOIN journeys j ON j.team_id = t.id AND j.status = 'ACTIVE' WHERE o.slug = $1 ORDER BY t.name LIMIT 1",
          [slug],
        )
      ).rows[0].id as string;
    const pages = async (slug: string) => ({
      "org overview": `/orgs/${slug}`,
      "org overview, group + sort by level": `/orgs/${slug}?group=Commerce&sort=level`,
      trends: `/orgs/${slug}/trends`,
      "team journey": `/orgs/${slug}/teams/${await teamOf(slug)}/journeys`,
    });
    const large = await pages("large");
    const small = await pages("small");
    await db.end();

    const timing: string[] = [];
    for (const [name, p] of Object.entries(large)) {
      const m = await measure(base + p, cookie);
      timing.push(
        `| ${name} | ${m.status} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} |`,
      );
      log(
        `${name}: HTTP ${m.status}, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, max ${m.max.toFixed(1)} ms`,
      );
    }

    const counting: string[] = [];
    if (embedded) {
      await admin.connect();
      adminConnected = true;
      await admin.query("ALTER SYSTEM SET log_statement = 'all'");
      await admin.query("SELECT pg_reload_conf()");
      for (const name of Object.keys(large) as Array<keyof typeof large>) {
        const big = await countStatements(base + large[name], cookie);
        const few = await countStatements(base + small[name], cookie);
        counting.push(`| ${name} | ${big.join(", ")} | ${few.join(", ")} |`);
        log(`${name}: SQL statements per load, 1,000 teams: ${big.join(", ")}; 10 teams: ${few.join(", ")}`);
      }
      await admin.query("ALTER SYSTEM RESET log_statement");
      await admin.query("SELECT pg_reload_conf()");
    }
    const report = [
      "# Dashboard benchmark",
      "",
      `Generated by \`npm run bench:dashboards\` on ${new Date().toISOString()} (${RUNS} sequential requests per page after 5 warm-up requests; production build, \`next start\`, embedded PostgreSQL 17, org \`large\` = 1,000 teams × 8 quarterly assessments).`,
      "",
      "## Server response time (full HTML body), org with 1,000 teams",
      "",
      "| Page | HTTP | p50 ms | p95 ms | max ms |",
      "| --- | --- | --- | --- | --- |",
      ...timing,
      "",
      "## SQL statements per page load (3 loads each)",
      "",
      "| Page | 1,000 teams | 10 teams |",
      "| --- | --- | --- |",
      ...(counting.length ? counting : ["| (only with the embedded server: needs its log) | | |"]),
      "",
    ].join("\n");
    mkdirSync(path.join("bench", "results"), { recursive: true });
    writeFileSync(path.join("bench", "results", "dashboards.md"), report);
    console.log(`\n${report}`);
  } finally {
    server?.kill("SIGTERM");
    if (adminConnected) await admin.end().catch(() => undefined);
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});

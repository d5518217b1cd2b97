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
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureBuild, percentile, signIn, waitFor } from "./lib/harness";
import { loadAverage, postmasterPid, treeCpuMs } from "./lib/load-runs";
import { appEnv } from "../scripts/lib/app-env";
import { freePort } from "../scripts/lib/database";
import { growthOrg, largeDatabase, LARGE_PASSWORD, LARGE_USERS, seedLarge } from "../scripts/seed-large";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
// BENCH_GROWTH: team counts compared in the growth table (org `large` is the 1,000; others are large-<n>).
const GROWTH = (process.env.BENCH_GROWTH ?? "100,1000,10000").split(",").filter(Boolean).map(Number);
const GROWTH_RUNS = Number(process.env.BENCH_GROWTH_RUNS ?? 20);
const cpu = { app: 0, pg: 0 };
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

/** Sequential loads after 5 warm-ups: latency percentiles and CPU ms per request of the app and PostgreSQL. */
async function measure(url: string, cookie: string, runs = RUNS, before?: () => Promise<void>) {
  for (let i = 0; i < 5; i += 1) await load(url, cookie);
  const times: number[] = [];
  let status = 0;
  let [app0, pg0] = [treeCpuMs(cpu.app), treeCpuMs(cpu.pg)];
  for (let i = 0; i < runs; i += 1) {
    if (before) {
      // Not counted: the invalidation's own (tiny) PostgreSQL CPU.
      const [a, p] = [treeCpuMs(cpu.app), treeCpuMs(cpu.pg)];
      await before();
      [app0, pg0] = [app0 + treeCpuMs(cpu.app) - a, pg0 + treeCpuMs(cpu.pg) - p];
    }
    const r = await load(url, cookie);
    times.push(r.ms);
    status = r.status;
  }
  const [app1, pg1] = [treeCpuMs(cpu.app), treeCpuMs(cpu.pg)];
  times.sort((a, b) => a - b);
  return {
    status,
    p50: pct(times, 50),
    p95: pct(times, 95),
    max: times[times.length - 1]!,
    appCpu: (app1 - app0) / runs,
    pgCpu: (pg1 - pg0) / runs,
  };
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
    await seedLarge(database.url, { extra: GROWTH.filter((n) => n !== 1000).map(growthOrg) });
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
    cpu.app = server.pid ?? 0;
    cpu.pg = database.dataDir ? postmasterPid(database.dataDir) : 0;
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
    const growthPages = new Map<number, Awaited<ReturnType<typeof pages>>>();
    for (const n of GROWTH) growthPages.set(n, n === 1000 ? large : await pages(growthOrg(n).slug));
    // Cache cold: every measured load follows a change of the org's dashboard data (version bump), so the
    // aggregates are computed from the summary rows, as on the first load after a submit.
    const invalidate = (slug: string) => async () => {
      // dashboard_bump creates the version row when the org has none yet (seeded before the migration).
      await db.query("SELECT dashboard_bump(ARRAY(SELECT id FROM organizations WHERE slug = $1))", [slug]);
    };
    const cold = (slug: string, p: Awaited<ReturnType<typeof pages>>) => ({
      "org overview, cache cold": { path: p["org overview"], before: invalidate(slug) },
      "trends, cache cold": { path: p.trends, before: invalidate(slug) },
    });

    const timing: string[] = [];
    const timed = [
      ...Object.entries(large).map(([name, p]) => [name, { path: p, before: undefined }] as const),
      ...Object.entries(cold("large", large)),
    ];
    for (const [name, { path: p, before }] of timed) {
      const m = await measure(base + p, cookie, RUNS, before);
      timing.push(
        `| ${name} | ${m.status} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} | ${m.appCpu.toFixed(1)} | ${m.pgCpu.toFixed(1)} |`,
      );
      log(
        `${name}: HTTP ${m.status}, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, max ${m.max.toFixed(1)} ms, CPU/req app ${m.appCpu.toFixed(1)} + pg ${m.pgCpu.toFixed(1)} ms (load ${loadAverage()})`,
      );
    }
    const loadAfterTiming = loadAverage();

    // Growth: the same pages at each team count, CPU per request (the stable figure on a shared machine).
    const growth: string[] = [];
    const growthNames = [
      "org overview",
      "org overview, cache cold",
      "trends",
      "trends, cache cold",
      "team journey",
    ] as const;
    for (const name of growthNames) {
      const cells: string[] = [];
      for (const n of GROWTH) {
        const slug = n === 1000 ? "large" : growthOrg(n).slug;
        const p = growthPages.get(n)!;
        const target =
          name === "org overview, cache cold" || name === "trends, cache cold"
            ? cold(slug, p)[name]
            : { path: p[name], before: undefined };
        const m = await measure(base + target.path, cookie, GROWTH_RUNS, target.before);
        cells.push(`${m.appCpu.toFixed(1)} + ${m.pgCpu.toFixed(1)} (p50 ${m.p50.toFixed(0)})`);
        log(
          `growth ${name} @${n} teams: CPU/req app ${m.appCpu.toFixed(1)} + pg ${m.pgCpu.toFixed(1)} ms, p50 ${m.p50.toFixed(1)} ms`,
        );
      }
      growth.push(`| ${name} | ${cells.join(" | ")} |`);
    }

    await db.end();
    const counting: string[] = [];
    if (embedded) {
      await admin.connect();
      adminConnected = true;
      await admin.query("ALTER SYSTEM SET log_statement = 'all'");
      await admin.query("SELECT pg_reload_conf()");
      for (const name of Object.keys(large) as Array<keyof typeof large>) {
        const few = await countStatements(base + small[name], cookie);
        const cells = [few.join(", ")];
        for (const n of GROWTH)
          cells.push((await countStatements(base + growthPages.get(n)![name], cookie)).join(", "));
        counting.push(`| ${name} | ${cells.join(" | ")} |`);
        log(`${name}: SQL statements per load, 10 / ${GROWTH.join(" / ")} teams: ${cells.join("; ")}`);
      }
      await admin.query("ALTER SYSTEM RESET log_statement");
      await admin.query("SELECT pg_reload_conf()");
    }
    const report = [
      "# Dashboard benchmark",
      "",
      `Generated by \`npm run bench:dashboards\` on ${new Date().toISOString()} (${RUNS} sequential requests per page after 5 warm-up requests; production build, \`next start\`, embedded PostgreSQL 17, org \`large\` = 1,000 teams × 8 quarterly assessments). ${os.cpus().length} CPUs, load average ${loadAfterTiming} after the timing table and ${loadAverage()} at the end: the machine is shared, so latencies move with everybody else's load, and CPU ms per request (app process tree, PostgreSQL process tree, from /proc) is the figure to compare.`,
      "",
      "## Server response time (full HTML body), org with 1,000 teams",
      "",
      "| Page | HTTP | p50 ms | p95 ms | max ms | app CPU ms/req | PostgreSQL CPU ms/req |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...timing,
      "",
      "Aggregates (freshness counts, teams per level, medians, trends) are cached per organization and filter in `dashboard_snapshots`, valid while the org's dashboard data version is unchanged (lib/data/dashboard/snapshots.ts). Plain rows are what executives get between changes; rows marked *cache cold* bump the version before every measured load, as the first load after a submit does.",
      "",
      `## Growth: CPU ms per request, app + PostgreSQL (and p50 ms), ${GROWTH_RUNS} sequential requests each`,
      "",
      `| Page | ${GROWTH.map((n) => `${n.toLocaleString("en")} teams`).join(" | ")} |`,
      `| --- | ${GROWTH.map(() => "---").join(" | ")} |`,
      ...growth,
      "",
      "## SQL statements per page load (3 loads each)",
      "",
      `| Page | 10 teams | ${GROWTH.map((n) => `${n.toLocaleString("en")} teams`).join(" | ")} |`,
      `| --- | --- | ${GROWTH.map(() => "---").join(" | ")} |`,
      ...(counting.length ? counting : ["| (only with the embedded server: needs its log) | |"]),
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

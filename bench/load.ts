/**
 * `npm run bench:load`: throughput and latency under concurrency (autocannon) against the production
 * build, plus raw PostgreSQL upsert throughput on the same machine and server, so the app/raw ratio is
 * known. Not part of `npm test`.
 *
 * 1. PostgreSQL + the large seeded org (scripts/seed-large.ts: 1,000 teams), as bench/dashboards.ts.
 * 2. Production build in BENCH_DIST_DIR (default .next-bench; reused while no source is newer), `next start`,
 *    LOG_LEVEL=warn.
 * 3. Signs in as the large org's admin and picks up to 100 draft assessments of that org.
 * 4. autocannon for BENCH_SECONDS (default 10) at 50 and 200 connections:
 *    - ceiling: GET /api/health/live, a no-op route handler (what Next.js + the HTTP hook cost alone);
 *    - autosave: PUT answers (a different draft, question and level each request);
 *    - dashboard: GET /orgs/large.
 * 5. raw: a pg.Pool loop of single-row upserts (`INSERT … ON CONFLICT DO UPDATE`, same unique key shape
 *    as answers) at 50 concurrent clients for the same time.
 * BENCH_ONLY=ceiling,autosave,dashboard,raw runs a subset (printed, not written). BENCH_CPU_PROF=<dir>
 * starts the server with `node --cpu-prof` (summarise with `npx tsx bench/cpu-profile.ts <file>`).
 * A full run writes bench/results/load.md.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { ensureBuild, signIn, waitFor } from "./lib/harness";
import {
  cannon,
  cpuRoots,
  littleRps,
  loadAverage,
  postmasterPid,
  QUESTIONS,
  rawUpserts,
  type TRow,
} from "./lib/load-runs";
import { appEnv } from "../scripts/lib/app-env";
import { freePort } from "../scripts/lib/database";
import { largeDatabase, LARGE_PASSWORD, LARGE_USERS, seedLarge } from "../scripts/seed-large";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const SECTIONS = ["ceiling", "autosave", "dashboard", "raw"] as const;
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",") : [...SECTIONS];
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const CONNECTIONS = [50, 200];
const log = (line: string) => console.log(`[bench:load] ${line}`);

function startServer(env: NodeJS.ProcessEnv, port: number) {
  const profile = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  return spawn(
    process.execPath,
    [...profile, path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
    { stdio: ["ignore", "ignore", "inherit"], env },
  );
}

/** Up to 100 drafts: many leads autosaving their own drafts (saves to one assessment are serialised by design). */
async function draftIds(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const { rows } = await db.query(
    "SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'large' AND a.status = 'DRAFT' ORDER BY a.id LIMIT 100",
  );
  await db.end();
  if (rows.length === 0) throw new Error("no draft assessment in org large");
  return rows.map((r) => r.id as string);
}

function autosaveOptions(base: string, cookie: string, drafts: readonly string[]): autocannon.Options {
  let i = 0;
  return {
    url: base,
    headers: { cookie, origin: base, "content-type": "application/json" },
    requests: [
      {
        method: "PUT",
        setupRequest: (req) => {
          i += 1;
          const target = `/api/orgs/large/assessments/${drafts[i % drafts.length]}/answers`;
          return {
            ...req,
            path: target,
            body: JSON.stringify({ questionId: QUESTIONS[i % QUESTIONS.length], level: (i % 4) + 1 }),
          };
        },
      },
    ],
  };
}

async function measure(base: string, cookie: string, drafts: readonly string[]) {
  const put = autosaveOptions(base, cookie, drafts);
  const live = { url: `${base}/api/health/live` };
  const dashboard = { url: `${base}/orgs/large`, headers: { cookie } };
  // Warm-up (JIT, pool, prepared statements, lazily loaded route chunks) at the measured concurrency.
  await autocannon({ ...live, duration: 3, connections: 50 });
  await autocannon({ ...put, duration: 5, connections: 50 });
  if (ONLY.includes("dashboard")) await autocannon({ ...dashboard, duration: 3, connections: 10 });
  const rows: TRow[] = [];
  const run = async (section: string, name: string, opts: autocannon.Options) => {
    if (!ONLY.includes(section)) return;
    for (const connections of CONNECTIONS)
      rows.push(await cannon(name, SECONDS, { ...opts, connections }, log));
  };
  await run("ceiling", "no-op GET /api/health/live", live);
  await run("autosave", "autosave PUT", put);
  await run("dashboard", "dashboard GET /orgs/large", dashboard);
  return rows;
}

type TRaw = { rate: number; pgCpuMs: number };

function report(rows: readonly TRow[], raw: TRaw, drafts: number) {
  const at = (prefix: string, c: number) =>
    rows.find((r) => r.name.startsWith(prefix) && r.connections === c)!;
  const noop = at("no-op", 50);
  const save = at("autosave", 50);
  return [
    "# Load benchmark",
    "",
    `Generated by \`npm run bench:load\` on ${new Date().toISOString()}: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load average ${loadAverage()} at the end, one \`next start\` process (production build, DATABASE_POOL_MAX=${process.env.DATABASE_POOL_MAX ?? 10}, LOG_LEVEL=warn), embedded PostgreSQL 17 and autocannon on the same machine, org \`large\` (1,000 teams), ${SECONDS} s per row.`,
    "",
    "| Endpoint | Connections | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | app CPU ms/req | PostgreSQL CPU ms/req |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.non2xx} | ${r.appCpuMs.toFixed(2)} | ${r.pgCpuMs.toFixed(2)} |`,
    ),
    "",
    `Autosave requests are spread over ${drafts} draft assessments of org \`large\` (one admin session). Raw PostgreSQL single-row upserts (pg.Pool, 50 clients, same server): **${raw.rate.toFixed(0)} /s** (PostgreSQL CPU ${raw.pgCpuMs.toFixed(2)} ms per upsert).`,
    "CPU ms per request is the CPU time the app process (or PostgreSQL's processes) used during the row divided by the requests completed. It depends far less than req/s on what else the shared machine runs, so compare changes by it.",
    "",
    `- Autosave p95 at 50 connections: **${save.p95.toFixed(1)} ms** (target < 25 ms). By Little's law, 50 connections with a mean latency of 25 ms need ${littleRps(50, 25).toFixed(0)} req/s; the no-op route reaches **${noop.rps.toFixed(0)} req/s** (p95 ${noop.p95.toFixed(1)} ms) on this machine.`,
    `- Ratio autosave / raw upserts (50 connections): **${(save.rps / raw.rate).toFixed(2)}** (target ≥ 0.4).`,
    `- Ratio autosave / no-op route (50 connections): **${(save.rps / noop.rps).toFixed(2)}**; ratio no-op route / raw upserts: **${(noop.rps / raw.rate).toFixed(2)}** (the framework ceiling bounds the first ratio).`,
    "",
  ].join("\n");
}

async function main() {
  const database = await largeDatabase();
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await seedLarge(database.url);
    const env = appEnv(database.url, {
      NEXT_DIST_DIR: DIST,
      NEXTAUTH_SECRET: "bench-secret-0123456789-0123456789-0123456789",
      LOG_LEVEL: "warn",
    });
    ensureBuild(DIST, env, log);
    const port = await freePort(3291);
    const base = `http://127.0.0.1:${port}`;
    server = startServer(env, port);
    cpuRoots.app = server.pid ?? 0;
    cpuRoots.pg = database.dataDir ? postmasterPid(database.dataDir) : 0;
    await waitFor(`${base}/api/health/ready`);
    log(`server up, load average ${loadAverage()}`);
    const cookie = await signIn(base, LARGE_USERS.admin, LARGE_PASSWORD);
    const drafts = await draftIds(database.url);
    log(`autosave spread over ${drafts.length} draft assessments`);
    const rows = await measure(base, cookie, drafts);
    const raw = ONLY.includes("raw")
      ? await rawUpserts(database.url, 50, SECONDS, log)
      : { rate: Number.NaN, pgCpuMs: Number.NaN };
    if (SECTIONS.every((s) => ONLY.includes(s)) && !PROFILE_DIR) {
      const text = report(rows, raw, drafts.length);
      mkdirSync(path.join("bench", "results"), { recursive: true });
      writeFileSync(path.join("bench", "results", "load.md"), text);
      console.log(`\n${text}`);
    }
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM"); // graceful: lets --cpu-prof write its profile
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    }
    await database.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});

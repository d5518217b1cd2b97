/**
 * `npm run bench:load`: throughput and latency under concurrency (autocannon) for the autosave endpoint
 * and the organization dashboard, against the production build, plus raw PostgreSQL upsert throughput
 * on the same machine and server, so the app/raw ratio is known. Not part of `npm test`.
 *
 * 1. PostgreSQL + the large seeded org (scripts/seed-large.ts: 1,000 teams), as bench/dashboards.ts.
 * 2. Production build in .next-bench (reused while no source is newer), `next start`, LOG_LEVEL=warn.
 * 3. Signs in as the large org's admin and picks a draft assessment of that org.
 * 4. autocannon for BENCH_SECONDS (default 10) at 50 and 200 connections: PUT answers (a different
 *    question and level each request) and GET /orgs/large.
 * 5. Raw: a pg.Pool loop of single-row upserts (`INSERT … ON CONFLICT DO UPDATE`, same unique key shape
 *    as answers) at 50 concurrent clients for the same time.
 * Writes bench/results/load.md.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { ensureBuild, percentile, signIn, waitFor } from "./lib/harness";
import { appEnv } from "../scripts/lib/app-env";
import { freePort } from "../scripts/lib/database";
import { largeDatabase, LARGE_PASSWORD, LARGE_USERS, seedLarge } from "../scripts/seed-large";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DIST = ".next-bench";
const log = (line: string) => console.log(`[bench:load] ${line}`);
const QUESTIONS = ["investment", "adoption", "interfaces", "operations", "measurement"].flatMap((a) => [1, 2, 3].map((n) => `${a}-${n}`));

type TRow = { name: string; connections: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

const pct = percentile;

/** One autocannon run; percentiles computed from every response time (autocannon itself reports p97.5, not p95). */
async function cannon(name: string, opts: autocannon.Options): Promise<TRow> {
  const times: number[] = [];
  // Without a callback autocannon returns its event emitter, made thenable (the typings only say Promise).
  const instance = autocannon({ duration: SECONDS, ...opts }) as unknown as Promise<autocannon.Result> & { on: (e: "response", f: (...a: never[]) => void) => void };
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => void times.push(ms));
  const r = await instance;
  times.sort((a, b) => a - b);
  const row = { name, connections: opts.connections ?? 10, rps: r.requests.average, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), errors: r.errors + r.timeouts, non2xx: r.non2xx };
  log(`${name} @${row.connections}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, errors ${row.errors}, non-2xx ${row.non2xx}`);
  return row;
}

/** Raw upserts/s with `clients` concurrent connections for SECONDS. */
async function rawUpserts(url: string, clients: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  await pool.query("CREATE TABLE IF NOT EXISTS bench_raw_answers (assessment_id text, question_id text, level int, notes text, updated_at timestamptz, PRIMARY KEY (assessment_id, question_id))");
  await pool.query("TRUNCATE bench_raw_answers");
  let done = 0;
  const end = Date.now() + SECONDS * 1000;
  const worker = async (w: number) => {
    while (Date.now() < end) {
      await pool.query(
        "INSERT INTO bench_raw_answers (assessment_id, question_id, level, notes, updated_at) VALUES ($1, $2, $3, '', now()) ON CONFLICT (assessment_id, question_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()",
        [`a${w % 20}`, QUESTIONS[done % QUESTIONS.length], (done % 4) + 1],
      );
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, w) => worker(w)));
  await pool.query("DROP TABLE bench_raw_answers");
  await pool.end();
  const rate = done / SECONDS;
  log(`raw pg upserts @${clients} clients: ${rate.toFixed(0)} /s`);
  return rate;
}

async function main() {
  const database = await largeDatabase();
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await seedLarge(database.url);
    const env = appEnv(database.url, { NEXT_DIST_DIR: DIST, NEXTAUTH_SECRET: "bench-secret-0123456789-0123456789-0123456789", LOG_LEVEL: "warn" });
    ensureBuild(DIST, env, log);
    const port = await freePort(3291);
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
    await waitFor(`${base}/api/health/ready`);
    const cookie = await signIn(base, LARGE_USERS.admin, LARGE_PASSWORD);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    // Many leads autosaving their own drafts (saves to one assessment are serialized by design: row lock).
    const drafts = (await db.query("SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'large' AND a.status = 'DRAFT' ORDER BY a.id LIMIT 100")).rows.map((r) => r.id as string);
    await db.end();
    if (drafts.length === 0) throw new Error("no draft assessment in org large");
    log(`autosave spread over ${drafts.length} draft assessments`);
    let i = 0;
    const put: autocannon.Options = {
      url: base,
      headers: { cookie, "content-type": "application/json" },
      requests: [{
        method: "PUT",
        setupRequest: (req) => {
          i += 1;
          const path = `/api/orgs/large/assessments/${drafts[i % drafts.length]}/answers`;
          return { ...req, path, body: JSON.stringify({ questionId: QUESTIONS[i % QUESTIONS.length], level: (i % 4) + 1 }) };
        },
      }],
    };
    await autocannon({ ...put, duration: 3, connections: 10 }); // warm-up (JIT, pool)
    await autocannon({ url: `${base}/orgs/large`, headers: { cookie }, duration: 3, connections: 10 });
    const rows: TRow[] = [];
    for (const c of [50, 200]) rows.push(await cannon("autosave PUT", { ...put, connections: c }));
    for (const c of [50, 200]) rows.push(await cannon("dashboard GET /orgs/large", { url: `${base}/orgs/large`, headers: { cookie }, connections: c }));
    const raw50 = await rawUpserts(database.url, 50);
    const ratio = rows[0]!.rps / raw50;
    const report = [
      "# Load benchmark",
      "",
      `Generated by \`npm run bench:load\` on ${new Date().toISOString()}: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), one \`next start\` process (production build, DATABASE_POOL_MAX=${process.env.DATABASE_POOL_MAX ?? 10}, LOG_LEVEL=warn), embedded PostgreSQL 17 on the same machine, org \`large\` (1,000 teams); autocannon in the same machine for ${SECONDS} s per row.`,
      "",
      "| Endpoint | Connections | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows.map((r) => `| ${r.name} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.non2xx} |`),
      "",
      `Autosave requests are spread over ${drafts.length} draft assessments of org \`large\` (one admin session). Raw PostgreSQL single-row upserts (pg.Pool, 50 clients, same server): **${raw50.toFixed(0)} /s**.`,
      `Ratio autosave (50 connections) / raw upserts: **${ratio.toFixed(2)}** (target ≥ 0.4). Autosave p95 at 50 connections: **${rows[0]!.p95.toFixed(1)} ms** (target < 25 ms).`,
      "",
    ].join("\n");
    mkdirSync(path.join("bench", "results"), { recursive: true });
    writeFileSync(path.join("bench", "results", "load.md"), report);
    console.log(`\n${report}`);
  } finally {
    server?.kill("SIGTERM");
    await database.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});

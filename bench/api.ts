/**
 * `npm run bench:api`: the REST API v1 bulk answers endpoint beside the internal autosave route, in the
 * same run against the same production build and database (org `large`, as bench/load.ts). Not part
 * of `npm test`. Writes bench/results/api.md.
 *
 * Rows (autocannon, BENCH_SECONDS each, BENCH_CONNECTIONS connections, default 10):
 * - no-op GET /api/health/live (what Next.js + the HTTP hook cost alone: the framework ceiling);
 * - autosave PUT /api/orgs/large/assessments/<id>/answers (session cookie, one answer);
 * - v1 PUT /api/v1/orgs/large/assessments/<id>/answers with one answer, and with five answers
 *   (token auth, rate-limit counter, team check, zod, problem+json wrapper).
 * Saves are spread over up to 100 drafts; v1 requests rotate over 50 org tokens of the large org's admin
 * (the per-token rate-limit counter is one row, so one token's requests queue on its lock; a
 * realistic client sends far fewer). The rate limit is raised so the bench measures work, not 429s.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type autocannon from "autocannon";
import pg from "pg";
import { ensureBuild, signIn, waitFor } from "./lib/harness";
import { cannon, cpuRoots, loadAverage, postmasterPid, QUESTIONS, type TRow } from "./lib/load-runs";
import { generateApiToken } from "../lib/api/token-format";
import { appEnv } from "../scripts/lib/app-env";
import { freePort } from "../scripts/lib/database";
import { largeDatabase, LARGE_PASSWORD, LARGE_USERS, seedLarge } from "../scripts/seed-large";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const TOKENS = 50;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const log = (line: string) => console.log(`[bench:api] ${line}`);

async function prepare(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const drafts = await db.query<{ id: string }>(
    "SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'large' AND a.status = 'DRAFT' ORDER BY a.id LIMIT 100",
  );
  const admin = await db.query<{ org: string; user: string }>(
    `SELECT o.id AS org, u.id AS user FROM organizations o JOIN memberships m ON m.organization_id = o.id
     JOIN users u ON u.id = m.user_id WHERE o.slug = 'large' AND u.email = $1`,
    [LARGE_USERS.admin],
  );
  const { org, user } = admin.rows[0]!;
  const tokens: string[] = [];
  for (let i = 0; i < TOKENS; i++) {
    const { token, hash, prefix } = generateApiToken();
    await db.query(
      `INSERT INTO api_tokens (id, organization_id, user_id, kind, name, scope, token_hash, prefix)
       VALUES ($1, $2, $3, 'ORG', $4, 'WRITE', $5, $6)`,
      [`bench-${Date.now()}-${i}`, org, user, `bench ${i}`, hash, prefix],
    );
    tokens.push(token);
  }
  await db.end();
  if (drafts.rows.length === 0) throw new Error("no draft assessment in org large");
  return { drafts: drafts.rows.map((r) => r.id), tokens };
}

function putOptions(
  base: string,
  headers: Record<string, string>,
  drafts: readonly string[],
  target: (draft: string) => string,
  body: (i: number) => unknown,
  tokens: readonly string[] = [],
): autocannon.Options {
  let i = 0;
  return {
    url: base,
    headers: { ...headers, "content-type": "application/json" },
    requests: [
      {
        method: "PUT",
        setupRequest: (req) => {
          i += 1;
          return {
            ...req,
            path: target(drafts[i % drafts.length]!),
            body: JSON.stringify(body(i)),
            ...(tokens.length
              ? { headers: { ...req.headers, authorization: `Bearer ${tokens[i % tokens.length]}` } }
              : {}),
          };
        },
      },
    ],
  };
}

const answer = (i: number, k = 0) => ({
  questionId: QUESTIONS[(i + k) % QUESTIONS.length],
  level: ((i + k) % 4) + 1,
});

async function main() {
  const database = await largeDatabase();
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await seedLarge(database.url);
    const env = appEnv(database.url, {
      NEXT_DIST_DIR: DIST,
      NEXTAUTH_SECRET: "bench-secret-0123456789-0123456789-0123456789",
      LOG_LEVEL: "warn",
      STEPWISE_API_RATE_LIMIT: "100000000",
    });
    ensureBuild(DIST, env, log);
    const port = await freePort(3293);
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
      {
        stdio: ["ignore", "ignore", "inherit"],
        env,
      },
    );
    cpuRoots.app = server.pid ?? 0;
    cpuRoots.pg = database.dataDir ? postmasterPid(database.dataDir) : 0;
    await waitFor(`${base}/api/health/ready`);
    const cookie = await signIn(base, LARGE_USERS.admin, LARGE_PASSWORD);
    const { drafts, tokens } = await prepare(database.url);
    const loadStart = loadAverage();
    log(`server up, load average ${loadStart}; ${drafts.length} drafts, ${tokens.length} tokens`);
    const autosave = putOptions(
      base,
      // Route handlers refuse a write without a same-site Origin (CSRF guard), as a browser sends it.
      { cookie, origin: base },
      drafts,
      (d) => `/api/orgs/large/assessments/${d}/answers`,
      (i) => answer(i),
    );
    const v1 = (n: number) =>
      putOptions(
        base,
        {},
        drafts,
        (d) => `/api/v1/orgs/large/assessments/${d}/answers`,
        (i) => ({ answers: Array.from({ length: n }, (_, k) => answer(i * n, k)) }),
        tokens,
      );
    const noop: autocannon.Options = { url: `${base}/api/health/live` };
    const c = { connections: CONNECTIONS };
    // Warm-up: JIT, pool, prepared statements, route chunks.
    for (const opts of [noop, autosave, v1(1), v1(5)])
      await cannon("warm-up", 4, { ...opts, ...c }, () => {});
    const rows: TRow[] = [];
    rows.push(await cannon("no-op GET /api/health/live", SECONDS, { ...noop, ...c }, log));
    rows.push(await cannon("autosave PUT (1 answer, session)", SECONDS, { ...autosave, ...c }, log));
    rows.push(await cannon("v1 PUT answers (1 answer, token)", SECONDS, { ...v1(1), ...c }, log));
    rows.push(await cannon("v1 PUT answers (5 answers, token)", SECONDS, { ...v1(5), ...c }, log));
    rows.push(await cannon("autosave PUT again (1 answer, session)", SECONDS, { ...autosave, ...c }, log));
    rows.push(await cannon("no-op GET again", SECONDS, { ...noop, ...c }, log));
    const loadEnd = loadAverage();
    const [nop, save, one, five, again, nopAgain] = rows as [TRow, TRow, TRow, TRow, TRow, TRow];
    const text = [
      "# API v1 benchmark",
      "",
      `Generated by \`npm run bench:api\` on ${new Date().toISOString()}: ${os.cpus().length} CPUs, load average ${loadStart} at the start and ${loadEnd} at the end (the machine is shared: other builds and tests ran at the same time, so compare rows of this run with each other, and CPU ms per request more than req/s), one \`next start\` process (production build), embedded PostgreSQL 17 and autocannon on the same machine, org \`large\`, ${SECONDS} s per row, ${CONNECTIONS} connections. Saves spread over ${drafts.length} drafts; v1 requests rotate over ${tokens.length} tokens. The no-op route and autosave run first and last, so drift of the machine shows.`,
      "",
      "| Endpoint | req/s | answers/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | app CPU ms/req | PostgreSQL CPU ms/req |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows.map((r) => {
        const per = r === five ? 5 : r === nop || r === nopAgain ? 0 : 1;
        return `| ${r.name} | ${r.rps.toFixed(0)} | ${per ? (r.rps * per).toFixed(0) : "–"} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.non2xx} | ${r.appCpuMs.toFixed(2)} | ${r.pgCpuMs.toFixed(2)} |`;
      }),
      "",
      `- v1 (1 answer) / autosave req/s: **${(one.rps / ((save.rps + again.rps) / 2)).toFixed(2)}**; app CPU per request: v1 ${one.appCpuMs.toFixed(2)} ms, autosave ${((save.appCpuMs + again.appCpuMs) / 2).toFixed(2)} ms, no-op route ${((nop.appCpuMs + nopAgain.appCpuMs) / 2).toFixed(2)} ms (PostgreSQL: ${one.pgCpuMs.toFixed(2)} / ${((save.pgCpuMs + again.pgCpuMs) / 2).toFixed(2)} / ${((nop.pgCpuMs + nopAgain.pgCpuMs) / 2).toFixed(2)} ms).`,
      `- Above the framework's own cost (no-op route), v1 spends ${(one.appCpuMs - (nop.appCpuMs + nopAgain.appCpuMs) / 2).toFixed(2)} ms of app CPU per request, autosave ${((save.appCpuMs + again.appCpuMs) / 2 - (nop.appCpuMs + nopAgain.appCpuMs) / 2).toFixed(2)} ms: token lookup, rate-limit counter, zod and the problem+json wrapper are the difference.`,
      `- v1 with 5 answers per request stores **${(five.rps * 5).toFixed(0)} answers/s** in one statement per request.`,
      "",
    ].join("\n");
    mkdirSync(path.join("bench", "results"), { recursive: true });
    writeFileSync(path.join("bench", "results", "api.md"), text);
    console.log(`\n${text}`);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    }
    await database.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * `npm run bench:workshop`: a live workshop with 200 participants on two app instances. Not a test.
 *
 * 1. Embedded PostgreSQL in .data/pg-bench-workshop (BENCH_PG_DIR), database `stepwise_bench_workshop`
 *    (or DATABASE_URL's server), migrated and seeded with the demo organization.
 * 2. Production build in .next-bench-workshop (reused while no source is newer); two `next start`
 *    processes on one database (as behind a load balancer), LOG_LEVEL=warn.
 * 3. The demo facilitator creates a workshop; 200 guests join by code through the API; 200 SSE
 *    clients (node:http, no browser) connect, half to each instance.
 * 4. For each of BENCH_ROUNDS questions (default 5): 200 votes spread over one second (each guest
 *    through alternating instances), then the facilitator reveals and every client's receipt of the
 *    revealed state is timed from just before the reveal request.
 * 5. Checks that every vote is in the database (200 per question). Writes bench/results/workshop.md.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ensureBuild, percentile, signIn, waitFor } from "./lib/harness";
import { appEnv, DATA_DIR } from "../scripts/lib/app-env";
import {
  ensureDatabaseExists,
  freePort,
  startEmbeddedPostgres,
  withDatabaseName,
} from "../scripts/lib/database";
import { migrateDeploy } from "../scripts/lib/prisma-cli";

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DIST = ".next-bench-workshop";
const DB_NAME = "stepwise_bench_workshop";
const log = (line: string) => console.log(`[bench:workshop] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type TClient = { lastSeq: number; revealedAt: Map<number, number>; close: () => void };

/** One SSE client: records the last seq seen and when a revealed state arrived (per seq). */
function sseClient(base: string, workshopId: string, cookie: string): Promise<TClient> {
  return new Promise((resolve, reject) => {
    const client: TClient = { lastSeq: -1, revealedAt: new Map(), close: () => req.destroy() };
    const req = http.get(
      `${base}/api/workshops/${workshopId}/events`,
      { headers: { cookie, accept: "text/event-stream" }, agent: false },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE ${res.statusCode}`));
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: (\d+)$/m.exec(frame);
            if (!id) continue;
            const seq = Number(id[1]);
            client.lastSeq = Math.max(client.lastSeq, seq);
            // Cheap check (no JSON.parse of 200-participant states in the measuring process).
            if (frame.includes('"revealed":true')) client.revealedAt.set(seq, now);
          }
        });
        resolve(client);
      },
    );
    req.on("error", reject);
  });
}

async function waitUntil(test: () => boolean, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

async function json(url: string, method: string, cookie: string, body: unknown) {
  const res = await fetch(url, {
    method,
    // Route handlers refuse writes without a same-site Origin (CSRF guard).
    headers: { cookie, "content-type": "application/json", origin: new URL(url).origin },
    body: JSON.stringify(body),
  });
  const data = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

async function createWorkshop(url: string): Promise<{ id: string; code: string }> {
  process.env.DATABASE_URL = url;
  const { resolveOrgContext } = await import("@/lib/authz/context");
  const { createWorkshop: create } = await import("@/lib/data/workshops");
  const { db, disconnectDb } = await import("@/lib/db");
  const user = await db.user.findUniqueOrThrow({
    where: { email: "facilitator@demo.stepwise.test" },
    select: { id: true },
  });
  const ctx = await resolveOrgContext(user.id, "demo", "FACILITATOR");
  const team = await db.team.findFirstOrThrow({
    where: { organizationId: ctx.orgId, name: "Payments" },
    select: { id: true },
  });
  const model = await db.maturityModel.findFirstOrThrow({
    where: { key: "cncf-platform-engineering" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  const { id } = await create(ctx, {
    teamId: team.id,
    modelId: model.id,
    title: `Bench ${new Date().toISOString()}`,
  });
  const { joinCode } = await db.workshop.findUniqueOrThrow({ where: { id }, select: { joinCode: true } });
  await disconnectDb();
  return { id, code: joinCode };
}

async function joinGuests(bases: string[], code: string): Promise<string[]> {
  const cookies: string[] = new Array(PARTICIPANTS);
  for (let i = 0; i < PARTICIPANTS; i += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, PARTICIPANTS - i) }, async (_, k) => {
        const n = i + k;
        const res = await fetch(`${bases[n % 2]}/api/workshops/join`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: bases[n % 2]!,
            // One address per guest, as in a real room: the servers trust one proxy hop (see below).
            "x-forwarded-for": `10.77.${Math.floor(n / 250)}.${n % 250}`,
          },
          body: JSON.stringify({ code, displayName: `Guest ${n + 1}` }),
        });
        if (!res.ok) throw new Error(`join ${res.status}`);
        cookies[n] = res.headers.getSetCookie()[0]!.split(";")[0]!;
      }),
    );
  }
  return cookies;
}

type TRound = {
  samples: number[];
  question: number;
  voteWallMs: number;
  voteP50: number;
  voteP95: number;
  stored: number;
  revealP50: number;
  revealP95: number;
  revealMax: number;
  received: number;
};

async function round(
  r: number,
  ctx: {
    bases: string[];
    id: string;
    facCookie: string;
    guests: string[];
    clients: TClient[];
    db: pg.Client;
  },
): Promise<TRound> {
  const { bases, id, facCookie, guests, clients, db } = ctx;
  const cmd = (body: unknown) => json(`${bases[0]}/api/workshops/${id}/commands`, "POST", facCookie, body);
  const { seq: qSeq } = (await cmd(r === 0 ? { type: "start" } : { type: "goto", index: r })) as {
    seq: number;
  };
  await waitUntil(
    () => clients.every((c) => c.lastSeq >= qSeq),
    10_000,
    "the question to reach every client",
  );
  const state = (await json(`${bases[1]}/api/workshops/${id}/state`, "GET", facCookie, undefined).catch(
    () => null,
  )) as { state?: { question?: { id: string; options: { level: number }[] } } } | null;
  const question = state?.state?.question;
  if (!question) throw new Error("no question in state");
  const latencies: number[] = [];
  let maxSeq = 0;
  const t0 = performance.now();
  await Promise.all(
    guests.map(async (cookie, i) => {
      await sleep((i * 1000) / guests.length); // 200 votes spread over one second
      const started = performance.now();
      const { seq } = (await json(`${bases[i % 2]}/api/workshops/${id}/vote`, "PUT", cookie, {
        questionId: question.id,
        level: question.options[i % question.options.length]!.level,
        notSure: false,
      })) as { seq: number };
      latencies.push(performance.now() - started);
      maxSeq = Math.max(maxSeq, seq);
    }),
  );
  const voteWallMs = performance.now() - t0;
  const stored = Number(
    (
      await db.query(
        "SELECT count(*)::int AS n FROM workshop_votes WHERE workshop_id = $1 AND question_id = $2",
        [id, question.id],
      )
    ).rows[0].n,
  );
  await waitUntil(() => clients.every((c) => c.lastSeq >= maxSeq), 15_000, "the vote fan-out to settle");
  await sleep(200);
  const revealStart = performance.now();
  const { seq: revealSeq } = (await cmd({ type: "reveal" })) as { seq: number };
  await waitUntil(
    () => clients.every((c) => [...c.revealedAt.keys()].some((s) => s >= revealSeq)),
    10_000,
    "the reveal to reach every client",
  );
  const reveal = clients
    .map(
      (c) => Math.min(...[...c.revealedAt].filter(([s]) => s >= revealSeq).map(([, t]) => t)) - revealStart,
    )
    .sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const row = {
    samples: reveal,
    question: r + 1,
    voteWallMs,
    voteP50: percentile(latencies, 50),
    voteP95: percentile(latencies, 95),
    stored,
    revealP50: percentile(reveal, 50),
    revealP95: percentile(reveal, 95),
    revealMax: reveal.at(-1)!,
    received: reveal.length,
  };
  log(
    `question ${row.question}: ${stored}/${guests.length} votes stored in ${voteWallMs.toFixed(0)} ms (vote p50 ${row.voteP50.toFixed(1)} ms, p95 ${row.voteP95.toFixed(1)} ms); reveal → ${row.received} clients p50 ${row.revealP50.toFixed(1)} ms, p95 ${row.revealP95.toFixed(1)} ms, last ${row.revealMax.toFixed(1)} ms`,
  );
  return row;
}

function report(rows: TRound[]) {
  const allReveal = rows.flatMap((r) => r.samples).sort((a, b) => a - b);
  const total = rows.reduce((n, r) => n + r.stored, 0);
  return [
    "# Live-workshop benchmark",
    "",
    `Generated by \`npm run bench:workshop\` on ${new Date().toISOString()}: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), two \`next start\` processes (production build, LOG_LEVEL=warn, DATABASE_POOL_MAX=${process.env.DATABASE_POOL_MAX ?? 10}) on one embedded PostgreSQL 17, all on the same machine as the ${PARTICIPANTS} SSE clients (node:http) and the vote senders.`,
    "",
    "| Question | Votes stored | Vote burst wall ms | Vote p50 ms | Vote p95 ms | Reveal → client p50 ms | p95 ms | last client ms |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.question} | ${r.stored} / ${PARTICIPANTS} | ${r.voteWallMs.toFixed(0)} | ${r.voteP50.toFixed(1)} | ${r.voteP95.toFixed(1)} | ${r.revealP50.toFixed(1)} | ${r.revealP95.toFixed(1)} | ${r.revealMax.toFixed(1)} |`,
    ),
    "",
    `Reveal fan-out over all ${allReveal.length} receipts (${rows.length} reveals × ${PARTICIPANTS} clients, measured from just before the facilitator's reveal request to each client's receipt of the revealed state): **p50 ${percentile(allReveal, 50).toFixed(1)} ms, p95 ${percentile(allReveal, 95).toFixed(1)} ms** (target p95 < 100 ms).`,
    `Votes: ${total} of ${PARTICIPANTS * rows.length} stored (${total === PARTICIPANTS * rows.length ? "none lost" : "SOME LOST"}); each burst sends ${PARTICIPANTS} votes spread over one second, alternating between the two instances.`,
    "",
  ].join("\n");
}

async function main() {
  const external = process.env.DATABASE_URL;
  const server = external
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(DATA_DIR, process.env.BENCH_PG_DIR ?? "pg-bench-workshop"),
      });
  const url = external ? withDatabaseName(external, DB_NAME) : server!.serverUrl(DB_NAME);
  const apps: ChildProcess[] = [];
  const clients: TClient[] = [];
  try {
    await ensureDatabaseExists(url, { recreate: true });
    migrateDeploy(url);
    process.env.DATABASE_URL = url;
    await (await import("../prisma/seed")).seedDemo((line) => log(`seed: ${line}`));
    const env = appEnv(url, {
      NEXT_DIST_DIR: DIST,
      NEXTAUTH_SECRET: "bench-secret-0123456789-0123456789-0123456789",
      LOG_LEVEL: "warn",
      // Guests carry their own X-Forwarded-For (one per guest), as behind an ingress.
      TRUSTED_PROXY_HOPS: "1",
    });
    ensureBuild(DIST, env, log);
    const bases: string[] = [];
    for (const preferred of [3391, 3392]) {
      const port = await freePort(preferred);
      apps.push(
        spawn(
          process.execPath,
          [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
          { stdio: ["ignore", "ignore", "inherit"], env },
        ),
      );
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(bases.map((b) => waitFor(`${b}/api/health/ready`)));
    const { id, code } = await createWorkshop(url);
    const facCookie = await signIn(bases[0]!, "facilitator@demo.stepwise.test", "stepwise-demo");
    const guests = await joinGuests(bases, code);
    log(`${guests.length} guests joined workshop ${id}`);
    for (let i = 0; i < guests.length; i += 1) clients.push(await sseClient(bases[i % 2]!, id, guests[i]!));
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const rows: TRound[] = [];
    for (let r = 0; r < ROUNDS; r += 1)
      rows.push(await round(r, { bases, id, facCookie, guests, clients, db }));
    await db.end();
    const text = report(rows);
    mkdirSync(path.join("bench", "results"), { recursive: true });
    writeFileSync(path.join("bench", "results", "workshop.md"), text);
    console.log(`\n${text}`);
  } finally {
    clients.forEach((c) => c.close());
    apps.forEach((a) => a.kill("SIGTERM"));
    await sleep(500);
    await server?.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * The measuring parts of bench/load.ts: one autocannon run, the raw PostgreSQL loop, the load average,
 * and CPU time per request of the app and PostgreSQL process trees (read from /proc). On a shared
 * machine req/s moves with everybody else's load; CPU ms per request moves far less, so it is the
 * figure to compare between changes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { percentile } from "./harness";

export type TRow = {
  name: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU ms per completed request: the app server process, and PostgreSQL (postmaster + backends). */
  appCpuMs: number;
  pgCpuMs: number;
};

/** Root pids whose process trees are charged per request (0 = unknown, reported as NaN). */
export const cpuRoots = { app: 0, pg: 0 };

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** utime+stime+cutime+cstime in ms of `root` and all its descendants (0 when /proc is unavailable). */
export function treeCpuMs(root: number): number {
  if (!root || !existsSync("/proc")) return Number.NaN;
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields after "(comm)": state is f[0]
      stats.set(Number(entry), {
        ppid: Number(f[1]),
        ms: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS,
      });
    } catch {
      // the process exited meanwhile
    }
  }
  const inTree = (pid: number): boolean =>
    pid === root || (pid > 1 && stats.has(pid) && inTree(stats.get(pid)!.ppid));
  let ms = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ms += s.ms;
  return ms;
}

/** The postmaster pid of an embedded server's data directory, or 0. */
export function postmasterPid(dataDir: string): number {
  const file = `${dataDir}/postmaster.pid`;
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : 0;
}

export const QUESTIONS = ["investment", "adoption", "interfaces", "operations", "measurement"].flatMap((a) =>
  [1, 2, 3].map((n) => `${a}-${n}`),
);

/** One autocannon run; percentiles computed from every response time (autocannon itself reports p97.5, not p95). */
export async function cannon(
  name: string,
  seconds: number,
  opts: autocannon.Options,
  log: (line: string) => void,
): Promise<TRow> {
  const times: number[] = [];
  const refused = new Map<number, number>();
  // Without a callback autocannon returns its event emitter, made thenable (the typings only say Promise).
  const instance = autocannon({ duration: seconds, ...opts }) as unknown as Promise<autocannon.Result> & {
    on: (e: "response", f: (...a: never[]) => void) => void;
  };
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    times.push(ms);
    if (status < 200 || status > 299) refused.set(status, (refused.get(status) ?? 0) + 1);
  });
  const [app0, pg0] = [treeCpuMs(cpuRoots.app), treeCpuMs(cpuRoots.pg)];
  const r = await instance;
  const [app1, pg1] = [treeCpuMs(cpuRoots.app), treeCpuMs(cpuRoots.pg)];
  times.sort((a, b) => a - b);
  const n = Math.max(1, times.length);
  const row: TRow = {
    name,
    connections: opts.connections ?? 10,
    rps: r.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    appCpuMs: (app1 - app0) / n,
    pgCpuMs: (pg1 - pg0) / n,
  };
  log(
    `${name} @${row.connections}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, errors ${row.errors}, non-2xx ${row.non2xx}, CPU/req app ${row.appCpuMs.toFixed(2)} ms + pg ${row.pgCpuMs.toFixed(2)} ms (load ${loadAverage()})`,
  );
  // A row whose requests were refused measures the refusal, not the endpoint: stop with the statuses.
  if (row.non2xx > 0.01 * times.length)
    throw new Error(
      `${name}: ${row.non2xx} of ${times.length} responses were not 2xx (${[...refused].map(([s, k]) => `${k}× ${s}`).join(", ")})`,
    );
  return row;
}

/** Raw single-row upserts/s (same unique-key shape as answers) with `clients` concurrent pg connections. */
export async function rawUpserts(
  url: string,
  clients: number,
  seconds: number,
  log: (line: string) => void,
): Promise<{ rate: number; pgCpuMs: number }> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  await pool.query(
    "CREATE TABLE IF NOT EXISTS bench_raw_answers (assessment_id text, question_id text, level int, notes text, updated_at timestamptz, PRIMARY KEY (assessment_id, question_id))",
  );
  await pool.query("TRUNCATE bench_raw_answers");
  let done = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async (w: number) => {
    while (Date.now() < end) {
      await pool.query(
        "INSERT INTO bench_raw_answers (assessment_id, question_id, level, notes, updated_at) VALUES ($1, $2, $3, '', now()) ON CONFLICT (assessment_id, question_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()",
        [`a${w % 20}`, QUESTIONS[done % QUESTIONS.length], (done % 4) + 1],
      );
      done += 1;
    }
  };
  const pg0 = treeCpuMs(cpuRoots.pg);
  await Promise.all(Array.from({ length: clients }, (_, w) => worker(w)));
  const pgMs = (treeCpuMs(cpuRoots.pg) - pg0) / Math.max(1, done);
  await pool.query("DROP TABLE bench_raw_answers");
  await pool.end();
  const rate = done / seconds;
  log(
    `raw pg upserts @${clients} clients: ${rate.toFixed(0)} /s, pg CPU ${pgMs.toFixed(2)} ms per upsert (load ${loadAverage()})`,
  );
  return { rate, pgCpuMs: pgMs };
}

/** 1-minute load average: the machine is shared, so every figure is noted with it. */
export const loadAverage = () => os.loadavg()[0]!.toFixed(2);

/** Little's law: the throughput a closed loop of `connections` needs for a mean latency of `ms`. */
export const littleRps = (connections: number, ms: number) => (connections * 1000) / ms;

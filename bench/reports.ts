/**
 * `npm run bench:reports`: how long the org PDF report of the 1,000-team organization takes.
 *
 * Seeds `stepwise_large` if needed (scripts/seed-large.ts, org `large` with 1,000 teams; `-- --teams=N`
 * for another count, as seed:large), then for BENCH_RUNS (default 3) runs: loads the report data
 * (lib/data/reports.ts, the same queries as the download) and renders the PDF (A4), timing both, and
 * prints pages, bytes and p50/max. No server, no browser: the route handler adds only the HTTP answer.
 * The data side runs here (tsx --conditions=react-server, like every script that reads the database);
 * rendering runs in a child process without that condition (bench/reports-render.ts), because the PDF
 * renderer needs React's full build. Writes bench/results/reports.md.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { largeDatabase, LARGE_USERS, seedLarge } from "../scripts/seed-large";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const log = (line: string) => console.log(`[bench:reports] ${line}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const database = await largeDatabase();
try {
  const teamsArg = process.argv.find((a) => a.startsWith("--teams="));
  const teams = teamsArg ? Number(teamsArg.slice("--teams=".length)) : 1000;
  await seedLarge(database.url, { teams });
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/db");
  const { resolveOrgContext } = await import("@/lib/authz/context");
  const { DEFAULT_FILTERS } = await import("@/lib/dashboard/filters");
  const { loadOrgReport } = await import("@/lib/data/reports");
  const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-bench-reports-"));
  const admin = await db.user.findUniqueOrThrow({
    where: { email: LARGE_USERS.admin },
    select: { id: true },
  });
  const ctx = await resolveOrgContext(admin.id, "large", "VIEWER");
  const load: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  let pages = 0;
  let rows = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const report = await loadOrgReport(ctx, DEFAULT_FILTERS, "en");
    const t1 = performance.now();
    const input = path.join(dir, "report.json");
    writeFileSync(input, JSON.stringify(report));
    const out = JSON.parse(
      execFileSync("npx", ["tsx", "bench/reports-render.ts", input], { encoding: "utf8" })
        .trim()
        .split("\n")
        .pop()!,
    ) as { ms: number; bytes: number; pages: number };
    const t2 = t1 + out.ms;
    bytes = out.bytes;
    pages = out.pages;
    rows = report.heatmap.length;
    if (i === 0) {
      log(`warm-up: data ${(t1 - t0).toFixed(0)} ms, render ${(t2 - t1).toFixed(0)} ms`);
      continue;
    }
    load.push(t1 - t0);
    render.push(t2 - t1);
    log(`run ${i}: data ${(t1 - t0).toFixed(0)} ms, render ${(t2 - t1).toFixed(0)} ms`);
  }
  const total = load.map((l, i) => l + render[i]!);
  const summary = [
    `# Org PDF report benchmark`,
    ``,
    `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} CPUs (shared), load average ${os.loadavg()[0]!.toFixed(1)} at the end, Node ${process.version}.`,
    `Org \`large\`: ${rows.toLocaleString("en")} teams in the heatmap; A4; ${pages} pages, ${(bytes / 1024).toFixed(0)} kB. ${RUNS} runs after one warm-up.`,
    ``,
    `| Step | p50 ms | max ms |`,
    `| --- | ---: | ---: |`,
    `| Load the data (SQL) | ${median(load).toFixed(0)} | ${Math.max(...load).toFixed(0)} |`,
    `| Render the PDF (in a fresh process: includes loading fonts) | ${median(render).toFixed(0)} | ${Math.max(...render).toFixed(0)} |`,
    `| Total | ${median(total).toFixed(0)} | ${Math.max(...total).toFixed(0)} |`,
    ``,
  ].join("\n");
  console.log(summary);
  mkdirSync(path.join("bench", "results"), { recursive: true });
  writeFileSync(path.join("bench", "results", "reports.md"), summary);
  await db.$disconnect();
} finally {
  await database.stop();
}

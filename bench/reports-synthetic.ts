/**
 * `npx tsx bench/reports-synthetic.ts [teams=1000] [runs=3]`: the org PDF report of a synthetic
 * organization (no database: the data is made here, shaped by lib/reports/org-report.ts like the real
 * one) rendered in English and Japanese, each run in a fresh process (bench/reports-render.ts: fonts
 * load every time), printing wall and CPU milliseconds, pages and bytes per language. Use it to compare
 * rendering changes; `npm run bench:reports` measures the real data path too.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadModelFiles } from "@/lib/model/load";
import { localizeModel } from "@/lib/model/localize";
import { shapeOrgReport } from "@/lib/reports/org-report";

const teams = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const cncf = loadModelFiles().find((f) => f.model.id === "cncf-platform-engineering")!.model;
const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-bench-synthetic-"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

for (const locale of ["en", "ja"]) {
  const model = localizeModel(cncf, locale);
  const report = shapeOrgReport({
    orgName: "Acme Platform Co.",
    generatedAt: new Date("2026-11-30T09:00:00Z"),
    model,
    filters: { group: null, from: null, to: null, stale: 90 },
    summary: { teams, assessed: teams - 50, recent: teams - 120, stale: 70, never: 50 },
    heatmap: Array.from({ length: teams }, (_, i) => ({
      teamName: `Team ${String(i).padStart(4, "0")} payments platform`,
      group: ["Core", "Edge", "Data"][i % 3]!,
      submittedAt: i % 20 === 19 ? null : new Date("2026-10-01T00:00:00Z"),
      levels: Object.fromEntries(
        model.aspects.map((a, k) => [a.id, i % 20 === 19 ? null : 1 + ((i + k) % 4)]),
      ),
    })),
    distribution: model.aspects.flatMap((a) =>
      [1, 2, 3, 4].map((level) => ({ aspectId: a.id, level, count: teams / 5 })),
    ),
    medians: model.aspects.map((a) => ({ aspectId: a.id, medianLevel: 2, medianTarget: 3 })),
    plans: Array.from({ length: 25 }, (_, i) => ({
      teamName: `Team ${i}`,
      iterationName: "Sprint 4",
      done: 2,
      total: 5,
      overdue: i % 3,
    })),
    plansTotal: 400,
    staleTeams: Array.from({ length: 25 }, (_, i) => ({ teamName: `Team ${i} stale`, submittedAt: null })),
    staleTotal: 70,
    trends: { medians: [], movement: [], movers: { quarter: null, total: 0, teams: [] } },
  });
  const input = path.join(dir, `report-${locale}.json`);
  writeFileSync(input, JSON.stringify(report));
  const results = Array.from({ length: runs }, () => {
    const out = execFileSync("npx", ["tsx", "bench/reports-render.ts", input, locale], { encoding: "utf8" });
    return JSON.parse(out.trim().split("\n").pop()!) as {
      ms: number;
      cpuMs: number;
      bytes: number;
      pages: number;
    };
  });
  const last = results[results.length - 1]!;
  console.log(
    `${locale}: ${teams} teams, ${last.pages} pages, ${(last.bytes / 1024).toFixed(0)} kB; render wall p50 ${median(results.map((r) => r.ms))} ms (max ${Math.max(...results.map((r) => r.ms))}), CPU p50 ${median(results.map((r) => r.cpuMs))} ms (runs: ${results.map((r) => `${r.ms}/${r.cpuMs}`).join(", ")})`,
  );
}

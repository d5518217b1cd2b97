/**
 * `npm run bench:pages`: what each main page costs the browser. Builds the production bundle (into
 * BENCH_DIST_DIR, default .next-bench; reused when newer than the sources), starts `next start` on the
 * benchmark database (scripts/seed-large.ts, which also seeds the demo organization), loads each page
 * in Chromium (scripts/lib/browser.ts) and records every response until the network is idle:
 * - first-load JS (gzip): the JavaScript files the page loads, each gzipped here (level 9, like the
 *   old `next build` report), summed, so the figure does not depend on the server's compression;
 * - requests: every request the page made (document, scripts, styles, fonts, images, RSC).
 * Writes bench/results/pages.md.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import pg from "pg";
import { ensureBuild, signIn, waitFor } from "./lib/harness";
import { appEnv } from "../scripts/lib/app-env";
import { CHROMIUM_ARGS, resolveBrowser } from "../scripts/lib/browser";
import { freePort } from "../scripts/lib/database";
import { largeDatabase, seedLarge } from "../scripts/seed-large";

const DIST = process.env.BENCH_DIST_DIR ?? ".next-bench";
const log = (line: string) => console.log(`[bench:pages] ${line}`);
const TARGETS: Record<string, number> = { auth: 120, questionnaire: 120, dashboard: 160, other: 160 };

type TPage = { name: string; path: string; kind: keyof typeof TARGETS; signedIn: boolean };

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
    ensureBuild(DIST, env, log, { force: Boolean(process.env.BENCH_REBUILD) });
    const port = await freePort(3390);
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
      { stdio: ["ignore", "ignore", "inherit"], env },
    );
    await waitFor(`${base}/sign-in`);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const one = async (sql: string) => ((await db.query(sql)).rows[0] ?? {}) as Record<string, string>;
    const team = await one(
      "SELECT t.id FROM teams t JOIN organizations o ON o.id = t.organization_id WHERE o.slug = 'demo' AND t.name = 'Payments'",
    );
    const draft = await one(
      "SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'demo' AND a.status = 'DRAFT' ORDER BY a.created_at DESC LIMIT 1",
    );
    const submitted = await one(
      "SELECT a.id FROM assessments a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'demo' AND a.status = 'SUBMITTED' ORDER BY a.submitted_at DESC LIMIT 1",
    );
    await db.end();
    const pages: TPage[] = [
      { name: "sign-in", path: "/sign-in", kind: "auth", signedIn: false },
      { name: "org overview", path: "/orgs/demo", kind: "dashboard", signedIn: true },
      { name: "trends", path: "/orgs/demo/trends", kind: "dashboard", signedIn: true },
      { name: "teams", path: "/orgs/demo/teams", kind: "dashboard", signedIn: true },
      { name: "team", path: `/orgs/demo/teams/${team.id}`, kind: "dashboard", signedIn: true },
      {
        name: "team journeys",
        path: `/orgs/demo/teams/${team.id}/journeys`,
        kind: "dashboard",
        signedIn: true,
      },
      ...(draft.id
        ? [
            {
              name: "questionnaire",
              path: `/orgs/demo/assessments/${draft.id}`,
              kind: "questionnaire" as const,
              signedIn: true,
            },
          ]
        : []),
      ...(submitted.id
        ? [
            {
              name: "results",
              path: `/orgs/demo/assessments/${submitted.id}/results`,
              kind: "dashboard" as const,
              signedIn: true,
            },
          ]
        : []),
    ];
    const cookie = await signIn(base, "admin@demo.stepwise.test", "stepwise-demo");
    const { executablePath } = await resolveBrowser();
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const rows: string[] = [];
    try {
      for (const p of pages) {
        const context = await browser.newContext();
        if (p.signedIn)
          await context.addCookies(
            cookie.split("; ").map((c) => {
              const [name, ...v] = c.split("=");
              return { name: name!, value: v.join("="), url: base };
            }),
          );
        const page = await context.newPage();
        const scripts = new Map<string, number>();
        let requests = 0;
        page.on("request", () => (requests += 1));
        page.on("response", async (res) => {
          if (res.request().resourceType() !== "script" || res.status() !== 200) return;
          try {
            scripts.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
          } catch {
            // a response without a body (redirect or aborted)
          }
        });
        const res = await page.goto(base + p.path, { waitUntil: "networkidle" });
        await page.waitForTimeout(300);
        const kb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
        const target = TARGETS[p.kind]!;
        rows.push(
          `| ${p.name} | \`${p.path.replace(/[a-z0-9]{20,}/g, "…")}\` | ${res?.status() ?? "-"} | ${kb.toFixed(1)} | ${target} | ${kb <= target ? "yes" : "**no**"} | ${scripts.size} | ${requests} |`,
        );
        log(`${p.name}: ${kb.toFixed(1)} kB JS (gzip) in ${scripts.size} files, ${requests} requests`);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const report = [
      "# Page weight benchmark",
      "",
      `Generated by \`npm run bench:pages\` on ${new Date().toISOString()}: production build, \`next start\`, Chromium, signed in as the demo admin (sign-in signed out), load average ${os.loadavg()[0]!.toFixed(2)}.`,
      "",
      "First-load JS = every JavaScript file the page loaded until the network was idle, each gzipped (level 9) and summed. Requests = every request of the page load.",
      "",
      "| Page | Path | HTTP | first-load JS (gzip) kB | target kB | within | JS files | requests |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
    ].join("\n");
    mkdirSync(path.join("bench", "results"), { recursive: true });
    writeFileSync(path.join("bench", "results", "pages.md"), report);
    console.log(`\n${report}`);
  } finally {
    server?.kill("SIGTERM");
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.stop();
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * `npm test`: every suite, starting what it needs. Unit tests (no database); integration tests against
 * a real PostgreSQL (embedded unless DATABASE_URL is set, in which case databases named *_test are
 * created on that server); end-to-end tests in Chromium against `next build && next start`.
 * Prints one closing line: "N passed, N failed".
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { appEnv, DATA_DIR } from "./lib/app-env";
import { ensureDatabaseExists, startEmbeddedPostgres, withDatabaseName } from "./lib/database";
import { resolveBrowser } from "./lib/browser";
import { startMailCatcher } from "./lib/mail-catcher";
import { migrateDeploy } from "./lib/prisma-cli";

type TSuite = "static" | "unit" | "integration" | "e2e";
type TCount = { passed: number; failed: number; skipped: number };

// STEPWISE_TEST_ID lets several checkouts or agents test at once on one machine: it suffixes the
// Postgres data dir, database names, report dir and Next build dir (E2E_PORT picks the port).
const TEST_ID = (process.env.STEPWISE_TEST_ID ?? "").replace(/[^a-z0-9_]/gi, "");
const suffix = TEST_ID ? `_${TEST_ID}` : "";
const REPORTS = path.join(DATA_DIR, `reports${suffix}`);
const E2E_PORT = process.env.E2E_PORT ?? "3100";
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex > 0 ? (process.argv[onlyIndex + 1] as TSuite) : null;
const wants = (suite: TSuite) => !only || only === suite;
// `npm run test:e2e -- tests/e2e/x.spec.ts` runs only those spec files.
const specFiles = process.argv.slice(2).filter((a) => a.endsWith(".spec.ts"));
// `npm run test:int -- tests/integration/x.test.ts` runs only those test files (unit and integration).
const vitestFiles = process.argv.slice(2).filter((a) => a.endsWith(".test.ts"));
// `npm run test:e2e -- tests/e2e/x.spec.ts --repeat-each=5 --grep=title` passes those two flags to Playwright.
const playwrightFlags = process.argv.slice(2).filter((a) => /^--(repeat-each|grep)=/.test(a));
// `npm run fuzz` (= --only e2e --fuzz): only the fuzzer, with 10,000 cases unless FUZZ_CASES says otherwise.
if (process.argv.includes("--fuzz")) {
  specFiles.splice(0, specFiles.length, "tests/security/wild-input-fuzz.spec.ts");
  process.env.FUZZ_CASES ??= "10000";
}
// `npm test` runs both Playwright projects, one after the other (one worker): the browser specs
// ("chromium", tests/e2e) and then the tenancy matrix with a short fuzz run ("security", tests/security,
// FUZZ_CASES default 400). `npm run test:security` runs only the latter; `npm run fuzz` only the fuzzer.
const securitySuite = process.argv.includes("--security") || process.argv.includes("--fuzz");
const projectArgs = specFiles.length
  ? []
  : securitySuite
    ? ["--project", "security"]
    : ["--project", "chromium", "--project", "security"];
const log = (line: string) => console.log(`\n[test] ${line}`);

function run(command: string, args: string[], env: Record<string, string | undefined> = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env: env as NodeJS.ProcessEnv });
  return result.status ?? 1;
}

/** Like run(), without blocking this process (the mail catcher it hosts must keep answering). */
function runAsync(command: string, args: string[], env: Record<string, string | undefined>) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: env as NodeJS.ProcessEnv });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

function readVitest(file: string): TCount {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function readPlaywright(file: string): TCount {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

function vitest(
  project: "unit" | "integration",
  env: Record<string, string | undefined> = process.env,
): TCount {
  const out = path.join(REPORTS, `${project}.json`);
  rmSync(out, { force: true });
  const vitestBin = path.join("node_modules", "vitest", "vitest.mjs");
  const code = run(
    process.execPath,
    [
      vitestBin,
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
      ...vitestFiles,
    ],
    env,
  );
  const counts = readVitest(out);
  return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

/** Formatting (Prettier) and lint with the import boundaries (ESLint): one check each. */
function staticChecks(): TCount {
  const checks: [string, string[]][] = [
    [
      "format check (prettier --check)",
      [path.join("node_modules", "prettier", "bin", "prettier.cjs"), "--check", "--log-level=warn", "."],
    ],
    ["lint (eslint)", [path.join("node_modules", "eslint", "bin", "eslint.js"), "--max-warnings=0", "."]],
  ];
  const counts: TCount = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, args] of checks) {
    log(name);
    if (run(process.execPath, args) === 0) counts.passed += 1;
    else {
      counts.failed += 1;
      log(`${name} FAILED (npm run format / npm run lint)`);
    }
  }
  return counts;
}

async function main() {
  mkdirSync(REPORTS, { recursive: true });
  const totals: Record<string, TCount> = {};
  if (wants("static")) totals.static = staticChecks();
  if (wants("unit")) {
    log("unit tests");
    totals.unit = vitest("unit");
  }
  if (wants("integration") || wants("e2e")) {
    const external = process.env.DATABASE_URL;
    const server = external
      ? null
      : await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, `pg-test${suffix}`) });
    const urlFor = (name: string) => (external ? withDatabaseName(external, name) : server!.serverUrl(name));
    log(
      external
        ? "using the PostgreSQL server from DATABASE_URL (creating *_test databases)"
        : "embedded PostgreSQL started for tests",
    );
    try {
      if (wants("integration")) {
        const url = urlFor(`stepwise_int${suffix}_test`);
        await ensureDatabaseExists(url, { recreate: true });
        log("integration tests");
        totals.integration = vitest("integration", {
          ...process.env,
          DATABASE_URL: url,
          WEBHOOKS_ALLOW_INSECURE_URLS: "true",
        });
      }
      if (wants("e2e")) totals.e2e = await e2e(urlFor(`stepwise_e2e${suffix}_test`));
    } finally {
      await server?.stop();
    }
  }
  const sum = Object.values(totals).reduce(
    (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(
    "\n[test] " +
      Object.entries(totals)
        .map(([k, c]) => `${k}: ${c.passed} passed, ${c.failed} failed`)
        .join(" · "),
  );
  console.log(`${sum.passed} passed, ${sum.failed} failed${sum.skipped ? `, ${sum.skipped} skipped` : ""}`);
  process.exit(sum.failed > 0 || sum.passed === 0 ? 1 : 0);
}

async function e2e(url: string): Promise<TCount> {
  await ensureDatabaseExists(url, { recreate: true });
  migrateDeploy(url);
  // A real SMTP server for the app under test; specs read what was delivered from MAIL_CATCHER_URL.
  const catcher = await startMailCatcher();
  try {
    return await e2eWithMail(url, catcher.smtpUrl, catcher.webUrl);
  } finally {
    await catcher.stop();
  }
}

async function e2eWithMail(url: string, smtpUrl: string, catcherUrl: string): Promise<TCount> {
  const env = appEnv(url, {
    NEXTAUTH_SECRET: "e2e-secret-0123456789-0123456789-0123456789",
    // SSO: client secrets sealed with a fixed test key; the test OpenID Provider is http on 127.0.0.1.
    STEPWISE_ENCRYPTION_KEY: "ZTJlLWVuY3J5cHRpb24ta2V5LTAxMjM0NTY3ODkwMTI=",
    SSO_ALLOW_INSECURE_ISSUERS: "true",
    // Webhooks and Jira: the test receivers are http on 127.0.0.1; deliver quickly.
    WEBHOOKS_ALLOW_INSECURE_URLS: "true",
    WEBHOOK_WORKER_INTERVAL_MS: "1000",
    // Campaign reminders: only the "Send reminders now" button in the browser specs, never a timer.
    CAMPAIGN_REMINDER_INTERVAL_MS: "0",
    E2E_PORT,
    SMTP_URL: smtpUrl,
    MAIL_CATCHER_URL: catcherUrl,
    APP_URL: `http://localhost:${E2E_PORT}`,
    ...(TEST_ID ? { NEXT_DIST_DIR: `.next-${TEST_ID}` } : {}),
  });
  log("seeding the e2e database");
  if (
    run(
      process.execPath,
      [
        path.join("node_modules", "tsx", "dist", "cli.mjs"),
        "--conditions=react-server",
        "scripts/run.ts",
        "seed",
      ],
      env,
    ) !== 0
  )
    return { passed: 0, failed: 1, skipped: 0 };
  // Two organizations of their own for the tenancy matrix and the fuzzer (tests/security/seed.ts).
  if (
    run(
      process.execPath,
      [
        path.join("node_modules", "tsx", "dist", "cli.mjs"),
        "--conditions=react-server",
        "tests/security/seed.ts",
      ],
      env,
    ) !== 0
  )
    return { passed: 0, failed: 1, skipped: 0 };
  if (!process.env.E2E_SKIP_BUILD) {
    log("next build");
    if (run(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], env) !== 0)
      return { passed: 0, failed: 1, skipped: 0 };
  }
  const browser = await resolveBrowser();
  log(`end-to-end tests (Playwright) in ${browser.source}`);
  const out = path.join(REPORTS, "e2e.json");
  rmSync(out, { force: true });
  const code = await runAsync(
    process.execPath,
    [
      path.join("node_modules", "@playwright", "test", "cli.js"),
      "test",
      ...projectArgs,
      ...playwrightFlags,
      ...specFiles,
    ],
    { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out, STEPWISE_BROWSER: browser.executablePath ?? "" },
  );
  const counts = readPlaywright(out);
  return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

void main().catch((err) => {
  console.error(err);
  console.log("0 passed, 1 failed");
  process.exit(1);
});

import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/lib/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * `npm test` resolves the browser once (scripts/lib/browser.ts: Playwright's own, a system Chromium, or
 * the one inside @sparticuz/chromium) and passes it as STEPWISE_BROWSER ("" = Playwright's own).
 * Run directly (`npx playwright test`), the same order applies to what is already on disk.
 */
function browserPath(): string | undefined {
  const resolved = process.env.STEPWISE_BROWSER;
  if (resolved !== undefined) return resolved || undefined;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // not installed: fall through
  }
  const system = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return existsSync(system) || !existsSync("/tmp/chromium") ? system : "/tmp/chromium";
}

const TEST_ID = (process.env.STEPWISE_TEST_ID ?? "").replace(/[^a-z0-9_]/gi, "");

export default defineConfig({
  testDir: "tests/e2e",
  // A real OpenID Provider on a free port for tests/e2e/sso.spec.ts.
  globalSetup: "./tests/e2e/global-setup.ts",
  // Parallel runs on one machine (STEPWISE_TEST_ID) keep their artifacts apart.
  outputDir: TEST_ID ? `test-results-${TEST_ID}` : "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: browserPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "chromium", testDir: "tests/e2e", use: { ...devices["Desktop Chrome"] } },
    // Tenancy matrix and fuzzer (plain HTTP against the same servers, no browser): tests/security.
    { name: "security", testDir: "tests/security" },
  ],
  // Two `next start` instances on one database: tests/e2e/ops-scale-out.spec.ts uses both.
  webServer: [PORT, PORT + 1].map((port) => ({
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `http://localhost:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});

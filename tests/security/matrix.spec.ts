/**
 * Tenancy matrix against the real `next start`: every page, route handler and server action found in
 * the build × every caller (five roles, signed out, workshop guest, another org's admin) and foreign
 * ids, each compared with the documented outcome in route-expectations.ts. A route without an entry
 * fails the first test, with the line to add.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { CASES, TOKEN_CASES, type TExpectation } from "./expectation-types";
import { KNOWN_MATRIX } from "./known-issues";
import { checkPasses, checkRoute, setUpWorld, type TCheck, type TWorld } from "./matrix";
import { EXPECTATIONS } from "./route-expectations";
import { discoverRoutes, type TRoute } from "./routes";
import { saveRateLimits } from "./tenant-ids";

const routes = discoverRoutes();
let world: TWorld;
let db: pg.Client;
let restoreRateLimits: () => Promise<void>;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  restoreRateLimits = await saveRateLimits(db);
  world = await setUpWorld(baseURL!);
});

test.afterAll(async () => {
  await restoreRateLimits?.();
  await db?.end();
});

test("every page, route handler and server action in the build has an expectation", () => {
  const missing = routes.filter((r) => !EXPECTATIONS[r.key]).map((r) => r.key);
  const found = new Set(routes.map((r) => r.key));
  const stale = Object.keys(EXPECTATIONS).filter((k) => !found.has(k));
  expect(
    missing,
    `Routes without an expectation: add one line per route to tests/security/route-expectations.ts, e.g.\n` +
      missing.map((k) => `  "${k}": { in: 200 },`).join("\n") +
      `\n(see docs/security-testing.md for the outcomes and defaults)`,
  ).toEqual([]);
  expect(stale, "Entries in tests/security/route-expectations.ts for routes the build no longer has").toEqual(
    [],
  );
  expect(routes.filter((r) => r.kind === "page").length).toBeGreaterThan(20);
  expect(routes.filter((r) => r.kind === "handler").length).toBeGreaterThan(10);
  expect(routes.filter((r) => r.kind === "action").length).toBeGreaterThan(25);
});

/** Runs the cases of some routes a few at a time; fails once, listing every mismatch. */
async function runMatrix(selected: TRoute[], concurrency: number) {
  const checks: TCheck[] = [];
  const queue = selected.filter((r) => EXPECTATIONS[r.key]);
  const worker = async () => {
    for (let route = queue.shift(); route; route = queue.shift())
      checks.push(...(await checkRoute(world, route, EXPECTATIONS[route.key] as TExpectation)));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const failures: string[] = [];
  const fixed: string[] = [];
  for (const check of checks) {
    const id = `${check.route.key} · ${check.c}`;
    const known = KNOWN_MATRIX[id];
    const passes = checkPasses(check);
    if (known && passes) fixed.push(`${id} (${known})`);
    else if (known && check.observed === String(known.split(" ")[0])) continue;
    else if (check.expected === undefined)
      failures.push(
        `${id}: no documented outcome; add \`${check.c}: ${JSON.stringify(check.observed)}\` (if that is right) ` +
          `to "${check.route.key}" in tests/security/route-expectations.ts\n      ${check.detail}`,
      );
    else if (!passes)
      failures.push(
        `${id}: expected ${String(check.expected)}, got ${check.observed}\n      ${check.detail}`,
      );
  }
  if (process.env.SECMATRIX_RECORD) {
    const byRoute = new Map<string, string[]>();
    for (const c of checks)
      byRoute.set(c.route.key, [...(byRoute.get(c.route.key) ?? []), `${c.c}=${c.observed}`]);
    console.log([...byRoute].map(([k, v]) => `${k}\n    ${v.join(" ")}`).join("\n"));
  }
  if (fixed.length)
    console.log(
      `[matrix] known issues now fixed (remove them from known-issues.ts):\n  ${fixed.join("\n  ")}`,
    );
  console.log(
    `[matrix] ${selected.length} routes × ${CASES.length} cases (+ ${TOKEN_CASES.length} token callers on /api/v1): ${checks.length} checks, ${failures.length} mismatches`,
  );
  expect(failures, failures.join("\n")).toEqual([]);
}

test("pages", async () => {
  test.setTimeout(300_000);
  await runMatrix(
    routes.filter((r) => r.kind === "page"),
    3,
  );
});

test("route handlers", async () => {
  test.setTimeout(180_000);
  // One at a time: handlers and actions change state other routes' outcomes depend on.
  await runMatrix(
    routes.filter((r) => r.kind === "handler"),
    1,
  );
});

test("server actions, invoked as the browser does", async () => {
  test.setTimeout(300_000);
  await runMatrix(
    routes.filter((r) => r.kind === "action"),
    1,
  );
});

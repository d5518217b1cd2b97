/**
 * The fuzzer inside `npm test`: a few hundred malformed requests spread over every route
 * (FUZZ_CASES, default 400). `npm run fuzz` runs the same with 10,000 (see docs/security-testing.md).
 * Named to sort after matrix.spec.ts (Playwright runs files in name order): the matrix sees the seed as made.
 */
import { expect, test } from "@playwright/test";
import { formatSummary, runFuzz } from "./fuzz";

test("malformed input to every page, route handler and server action: no 5xx, no row changed that should not be", async ({
  baseURL,
}) => {
  const total = Number(process.env.FUZZ_CASES || 400);
  test.setTimeout(Math.max(600_000, total * 600));
  const summary = await runFuzz({
    baseURL: baseURL!,
    total,
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
    concurrency: Number(process.env.FUZZ_CONCURRENCY || 4),
    only: process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined,
  });
  const report = formatSummary(summary);
  expect(summary.fiveXx, report).toEqual([]);
  expect(summary.rowViolations, report).toEqual([]);
  expect(summary.cases).toBeGreaterThanOrEqual(process.env.FUZZ_ONLY ? 1 : total);
});

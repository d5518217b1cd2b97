/** Health and metrics route handlers against the real test database (no HTTP server needed). */
import { afterAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { db, disconnectDb, pingDb, poolStats } from "@/lib/db";
import { countAssessmentSubmitted } from "@/lib/observability/metrics";

afterAll(async () => {
  await disconnectDb();
});

describe("health endpoints", () => {
  it("live answers without touching the database", async () => {
    const res = live();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("ready checks the database", async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ok",
      checks: { database: "up", databaseMs: expect.any(Number) },
    });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("pingDb fails fast instead of hanging", async () => {
    await expect(pingDb(0)).rejects.toThrow(/did not answer within 0 ms/);
  });
});

describe("metrics endpoint (test env, no METRICS_TOKEN: open)", () => {
  it("reports pool stats and business counters in Prometheus text format", async () => {
    await db.organization.count();
    const stats = poolStats();
    expect(stats?.total).toBeGreaterThanOrEqual(1);
    countAssessmentSubmitted();
    const res = await metricsRoute(new Request("http://localhost/api/metrics"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/# TYPE stepwise_http_request_duration_seconds histogram/);
    expect(text).toMatch(/stepwise_db_pool_connections\{[^}]*state="total"[^}]*\} [1-9]/);
    expect(text).toMatch(/stepwise_db_pool_connections\{[^}]*state="max"[^}]*\} \d+/);
    expect(text).toMatch(/stepwise_assessments_submitted_total\{[^}]*\} [1-9]/);
    expect(text).toMatch(/stepwise_workshop_active_connections\{[^}]*\} 0/);
  });
});

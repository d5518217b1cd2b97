import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The container's server: `node <distDir>/standalone/server.js` from the build the e2e run just made
 * (no second build), with static files and public/ copied in as the Dockerfile does, against the e2e
 * PostgreSQL. Checks health, pages, metrics (token), request ids in logs, graceful shutdown, and that
 * traces reach an OTLP/HTTP collector configured by OTEL_EXPORTER_OTLP_ENDPOINT (a stub here).
 */
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const STANDALONE = path.join(DIST, "standalone");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = "standalone-metrics-token-0123456789";

let server: ChildProcess;
let output = "";
let collector: http.Server;
const traceExports: Array<{ path: string; body: string }> = [];

async function waitForLive(timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`server exited ${server.exitCode}:\n${output}`);
    const ok = await fetch(`${BASE}/api/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`standalone server not live after ${timeoutMs} ms:\n${output}`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  collector = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      traceExports.push({ path: req.url ?? "", body });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  expect(existsSync(path.join(STANDALONE, "server.js")), "next build must use output: standalone").toBe(true);
  cpSync(path.join(DIST, "static"), path.join(STANDALONE, DIST, "static"), { recursive: true });
  cpSync("public", path.join(STANDALONE, "public"), { recursive: true });
  server = spawn(process.execPath, ["server.js"], {
    cwd: STANDALONE,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      DATABASE_URL: process.env.DATABASE_URL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      METRICS_TOKEN: TOKEN,
      LOG_LEVEL: "debug",
      NEXT_MANUAL_SIG_HANDLE: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_SERVICE_NAME: "stepwise-standalone-test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await waitForLive(60_000);
});

test.afterAll(() => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  collector?.close();
});

test("serves health checks, pages and static assets", async ({ request }) => {
  const ready = await request.get(`${BASE}/api/health/ready`);
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ok", checks: { database: "up" } });
  expect(ready.headers()["cache-control"]).toContain("no-store");

  const signIn = await request.get(`${BASE}/sign-in`);
  expect(signIn.status()).toBe(200);
  const html = await signIn.text();
  expect(html).toContain("Sign in");
  const asset = html.match(/\/_next\/static\/[^"']+\.(?:js|css)/)?.[0];
  expect(asset).toBeDefined();
  expect((await request.get(`${BASE}${asset}`)).status()).toBe(200);
});

test("exposes Prometheus metrics only with the bearer token", async ({ request }) => {
  expect((await request.get(`${BASE}/api/metrics`)).status()).toBe(401);
  expect(
    (
      await request.get(`${BASE}/api/metrics`, {
        headers: { Authorization: "Bearer wrong-token-0123456789" },
      })
    ).status(),
  ).toBe(401);
  const res = await request.get(`${BASE}/api/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  const body = await res.text();
  expect(body).toMatch(
    /stepwise_http_request_duration_seconds_count\{[^}]*method="GET",route="\/sign-in",status="200"\} \d+/,
  );
  expect(body).toMatch(/stepwise_db_pool_connections\{[^}]*state="total"[^}]*\} [1-9]/);
  expect(body).toMatch(/stepwise_assessments_submitted_total\{[^}]*\} \d+/);
  expect(body).toMatch(/stepwise_workshop_active_connections\{[^}]*\} 0/);
  expect(body).toContain("process_resident_memory_bytes");
});

test("tags every log line of a request with its request id and never logs secrets", async ({ request }) => {
  const id = "e2e-request-id-0001";
  const res = await request.get(`${BASE}/api/health/live`, { headers: { "x-request-id": id } });
  expect(res.headers()["x-request-id"]).toBe(id);
  const generated = (await request.get(`${BASE}/api/health/live`)).headers()["x-request-id"];
  expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => output.includes(id)).toBe(true);
  const lines = output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.find((l) => l.requestId === id)).toMatchObject({
    msg: "request",
    route: "/api/health/live",
    status: 200,
    level: "debug",
  });
  expect(output).not.toContain(process.env.NEXTAUTH_SECRET!);
  expect(output).not.toContain(TOKEN);
  const db = new URL(process.env.DATABASE_URL!);
  expect(output).not.toContain(`:${db.password}@`);
});

test("drains on SIGTERM: in-flight requests finish, the pool closes, the process exits cleanly", async () => {
  const inFlight = fetch(`${BASE}/sign-in`).then((r) => r.status);
  await new Promise((r) => setTimeout(r, 20));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  server.kill("SIGTERM");
  expect(await inFlight).toBe(200);
  expect(await exited).toBe(0);
  expect(output).toContain("shutdown: draining");
  expect(output).toContain("shutdown: complete");
  expect(
    await fetch(`${BASE}/api/health/live`).then(
      () => "open",
      () => "closed",
    ),
  ).toBe("closed");
  // Spans are flushed on shutdown: Next.js's request spans, with our service name, over OTLP/HTTP JSON.
  const traces = traceExports
    .filter((t) => t.path === "/v1/traces")
    .map((t) => t.body)
    .join("\n");
  expect(traces).toContain("stepwise-standalone-test");
  expect(traces).toMatch(/"name":"GET \/sign-in"|next\.route/);
});

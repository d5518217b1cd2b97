import { describe, expect, it } from "vitest";
import { describeEnv, parseServerEnv, redactUrl } from "@/lib/env";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { currentRequestId, runWithRequestContext } from "@/lib/observability/request-context";
import { pickRequestId } from "@/lib/observability/request-id";
import { createRouteLabeler } from "@/lib/observability/route-label";
import { isDraining, onShutdown, runShutdownHooks, sseReconnectHint } from "@/lib/observability/shutdown";
import { samplerFor } from "@/lib/observability/tracing";

const BASE = { DATABASE_URL: "postgresql://app:s3cret-pw@db:5432/stepwise", NEXTAUTH_SECRET: "x".repeat(40) };

describe("route labels", () => {
  const label = createRouteLabeler({
    staticRoutes: [
      { page: "/", regex: "^/(?:/)?$" },
      { page: "/sign-in", regex: "^/sign\\-in(?:/)?$" },
    ],
    dynamicRoutes: [
      {
        page: "/api/orgs/[orgSlug]/assessments/[assessmentId]/answers",
        regex: "^/api/orgs/([^/]+?)/assessments/([^/]+?)/answers(?:/)?$",
      },
      { page: "/orgs/[orgSlug]", regex: "^/orgs/([^/]+?)(?:/)?$" },
    ],
  });
  it("maps paths to route templates, ignoring query and trailing slash", () => {
    expect(label("/sign-in?callbackUrl=%2F")).toBe("/sign-in");
    expect(label("/")).toBe("/");
    expect(label("/orgs/acme/")).toBe("/orgs/[orgSlug]");
    expect(label("/api/orgs/acme/assessments/c123/answers")).toBe(
      "/api/orgs/[orgSlug]/assessments/[assessmentId]/answers",
    );
  });
  it("keeps cardinality bounded for assets and unknown paths", () => {
    expect(label("/_next/static/chunks/abc.js")).toBe("/_next/static");
    expect(label("/_next/image?url=x")).toBe("/_next/other");
    expect(label("/wp-admin/../../etc/passwd")).toBe("other");
  });
});

describe("metrics access", () => {
  it("requires the bearer token when one is configured", () => {
    const token = "t".repeat(24);
    expect(metricsAccess(`Bearer ${token}`, token, "production")).toBe("allow");
    expect(metricsAccess(`bearer ${token}`, token, "development")).toBe("allow");
    expect(metricsAccess(null, token, "production")).toBe("unauthorized");
    expect(metricsAccess(`Bearer ${token}x`, token, "production")).toBe("unauthorized");
    expect(metricsAccess(`Basic ${token}`, token, "production")).toBe("unauthorized");
  });
  it("without a token: hidden in production, open otherwise", () => {
    expect(metricsAccess("Bearer anything", undefined, "production")).toBe("not-found");
    expect(metricsAccess(null, undefined, "development")).toBe("allow");
    expect(metricsAccess(null, undefined, "test")).toBe("allow");
  });
});

describe("request ids", () => {
  it("accepts sane incoming ids and replaces anything else", () => {
    const gen = () => "generated-id-0001";
    expect(pickRequestId("abc-123-def-456", gen)).toBe("abc-123-def-456");
    expect(pickRequestId(["first-id-1234", "second"], gen)).toBe("first-id-1234");
    expect(pickRequestId(undefined, gen)).toBe("generated-id-0001");
    expect(pickRequestId("short", gen)).toBe("generated-id-0001");
    expect(pickRequestId("evil\nlog-injection-attempt", gen)).toBe("generated-id-0001");
    expect(pickRequestId("x".repeat(200), gen)).toBe("generated-id-0001");
  });
  it("is visible to code running inside the request context only", async () => {
    expect(currentRequestId()).toBeUndefined();
    await runWithRequestContext({ requestId: "req-ctx-1234" }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(currentRequestId()).toBe("req-ctx-1234");
    });
    expect(currentRequestId()).toBeUndefined();
  });
});

describe("environment", () => {
  it("parses defaults and keeps tracing off without an OTLP endpoint", () => {
    const e = parseServerEnv({ ...BASE, NODE_ENV: "production" });
    expect(e).toMatchObject({
      DATABASE_POOL_MAX: 10,
      SHUTDOWN_TIMEOUT_MS: 20_000,
      OTEL_SERVICE_NAME: "stepwise",
      tracingEnabled: false,
    });
    expect(parseServerEnv({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel:4318" }).tracingEnabled).toBe(
      true,
    );
    expect(
      parseServerEnv({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel:4318", OTEL_SDK_DISABLED: "true" })
        .tracingEnabled,
    ).toBe(false);
  });
  it("lists every problem at once", () => {
    expect(() =>
      parseServerEnv({
        NODE_ENV: "production",
        DATABASE_URL: "mysql://x",
        METRICS_TOKEN: "short",
        DATABASE_POOL_MAX: "0",
      }),
    ).toThrowError(/DATABASE_URL[\s\S]*DATABASE_POOL_MAX[\s\S]*METRICS_TOKEN/);
    expect(() => parseServerEnv({ NODE_ENV: "production", DATABASE_URL: BASE.DATABASE_URL })).toThrowError(
      /NEXTAUTH_SECRET: is required in production/,
    );
  });
  it("never puts secrets in the start-up summary", () => {
    const token = "metrics-token-abcdefghijklmnop";
    const text = JSON.stringify(describeEnv(parseServerEnv({ ...BASE, METRICS_TOKEN: token })));
    expect(text).not.toContain("s3cret-pw");
    expect(text).not.toContain(BASE.NEXTAUTH_SECRET);
    expect(text).not.toContain(token);
    expect(text).toContain("postgresql://app:***@db:5432/stepwise");
    expect(redactUrl("postgres://u@h/db")).toBe("postgres://u@h/db");
  });
});

describe("tracing sampler", () => {
  it("follows OTEL_TRACES_SAMPLER names", () => {
    expect(samplerFor("always_on", 1).toString()).toBe("AlwaysOnSampler");
    expect(samplerFor("traceidratio", 0.25).toString()).toBe("TraceIdRatioBased{0.25}");
    expect(samplerFor("parentbased_traceidratio", 0.1).toString()).toContain(
      "ParentBased{root=TraceIdRatioBased{0.1}",
    );
  });
});

describe("shutdown hooks", () => {
  it("runs every hook once, reports failures, and marks the process draining", async () => {
    const ran: string[] = [];
    onShutdown("a", () => void ran.push("a"));
    const off = onShutdown("b", () => void ran.push("b"));
    onShutdown("c", () => {
      throw new Error("boom");
    });
    off();
    const failures: string[] = [];
    expect(isDraining()).toBe(false);
    expect(await runShutdownHooks((name) => failures.push(name))).toBe(2);
    expect(ran).toEqual(["a"]);
    expect(failures).toEqual(["c"]);
    expect(isDraining()).toBe(true);
    expect(await runShutdownHooks(() => undefined)).toBe(0);
  });
  it("tells EventSource clients to reconnect", () => {
    expect(sseReconnectHint(1500)).toMatch(/^retry: 1500\nevent: shutdown\ndata: .*\n\n$/);
  });
});

/**
 * Prometheus metrics (prom-client) for /api/metrics. One registry per process, kept on globalThis
 * because Next.js loads instrumentation and route handlers from separate bundles.
 */
import client from "prom-client";
import { poolStats } from "@/lib/db";

export type TMetrics = {
  registry: client.Registry;
  httpDuration: client.Histogram<"method" | "route" | "status">;
  assessmentsSubmitted: client.Counter;
  workshopConnections: client.Gauge;
};

const KEY = Symbol.for("stepwise.metrics");
const holder = globalThis as unknown as { [KEY]?: TMetrics };

function create(): TMetrics {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service: "stepwise" });
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: "stepwise_http_request_duration_seconds",
    help: "HTTP request duration by route template, method and status.",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new client.Gauge({
    name: "stepwise_db_pool_connections",
    help: "Database pool connections of this process by state (total, idle, waiting clients, max).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = poolStats() ?? { total: 0, idle: 0, waiting: 0, max: 0 };
      for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
    },
  });
  const assessmentsSubmitted = new client.Counter({
    name: "stepwise_assessments_submitted_total",
    help: "Assessments submitted since the process started.",
    registers: [registry],
  });
  const workshopConnections = new client.Gauge({
    name: "stepwise_workshop_active_connections",
    help: "Open live-workshop connections (SSE) on this process.",
    registers: [registry],
  });
  return { registry, httpDuration, assessmentsSubmitted, workshopConnections };
}

/** The process's metrics, created on first use. */
export function metrics(): TMetrics {
  holder[KEY] ??= create();
  return holder[KEY];
}

/** Call once per submitted assessment (server action). */
export function countAssessmentSubmitted(): void {
  metrics().assessmentsSubmitted.inc();
}

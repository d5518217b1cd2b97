import { timingSafeEqual } from "node:crypto";

export type TMetricsAccess = "allow" | "unauthorized" | "not-found";

/**
 * Who may read /api/metrics. With METRICS_TOKEN set, only `Authorization: Bearer <token>`. Without it,
 * the endpoint is open outside production and hidden (404) in production, so a forgotten token never
 * exposes metrics publicly.
 */
export function metricsAccess(
  authorization: string | null,
  token: string | undefined,
  nodeEnv: string,
): TMetricsAccess {
  if (!token) return nodeEnv === "production" ? "not-found" : "allow";
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? "");
  if (!match?.[1]) return "unauthorized";
  const given = Buffer.from(match[1].trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected) ? "allow" : "unauthorized";
}

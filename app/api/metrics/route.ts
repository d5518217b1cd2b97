import { env } from "@/lib/env";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { metrics } from "@/lib/observability/metrics";
import { jsonError } from "@/lib/route";

export const dynamic = "force-dynamic";

/** Prometheus scrape endpoint; see metricsAccess for who may read it (METRICS_TOKEN). */
export async function GET(request: Request) {
  const { METRICS_TOKEN, NODE_ENV } = env();
  const access = metricsAccess(request.headers.get("authorization"), METRICS_TOKEN, NODE_ENV);
  if (access === "not-found") return jsonError(404, "NOT_FOUND", "Not found.");
  if (access === "unauthorized") {
    const res = jsonError(401, "UNAUTHORIZED", "A valid bearer token is required.");
    res.headers.set("WWW-Authenticate", 'Bearer realm="metrics"');
    return res;
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}

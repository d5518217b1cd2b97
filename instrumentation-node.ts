/**
 * Server start-up (Node.js runtime): validate every setting (a bad one stops the process here), log the
 * configuration without secrets, start tracing when configured, hook per-request ids and metrics, and
 * install graceful shutdown; start the periodic audit-log prune, the webhook delivery loop, the hourly
 * digest run and the campaign reminders.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startAuditPruneJob } from "@/lib/audit-prune-job";
import { startDigestJob } from "@/lib/digest-job";
import { startCampaignReminderJob } from "@/lib/campaign-reminder-job";
import { startWebhookJob } from "@/lib/webhook-job";
import { describeEnv, env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { installGracefulShutdown } from "@/lib/observability/graceful-shutdown";
import { installHttpHook } from "@/lib/observability/http-hook";
import { metrics } from "@/lib/observability/metrics";
import { createRouteLabeler, type TRoutesManifest } from "@/lib/observability/route-label";

const MANIFEST = ["routes", "manifest.json"].join("-");

/** Next.js's routes manifest of this build: `next start` (NEXT_DIST_DIR) or the standalone server's config. */
function routesManifest(): TRoutesManifest {
  const standalone = process.env.__NEXT_PRIVATE_STANDALONE_CONFIG;
  const dirs = [
    process.env.NEXT_DIST_DIR,
    standalone ? (JSON.parse(standalone) as { distDir?: string }).distDir : undefined,
    ".next",
  ];
  for (const dir of dirs) {
    if (!dir) continue;
    // The build's own output, found at run time: the ignore comments keep the file tracer from copying
    // the whole project (or another build's manifest) into the standalone output.
    const file = path.resolve(/*turbopackIgnore: true*/ dir, MANIFEST);
    if (existsSync(/*turbopackIgnore: true*/ file))
      return JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")) as TRoutesManifest;
  }
  logger.warn('routes-manifest.json not found: HTTP metrics use route="other"');
  return {};
}

export async function startNodeObservability(): Promise<void> {
  let settings;
  try {
    settings = env();
  } catch (err) {
    logger.fatal({ problem: err instanceof Error ? err.message : String(err) }, "invalid configuration");
    throw err;
  }
  logger.info({ config: describeEnv(settings) }, "starting Stepwise");
  metrics();
  installHttpHook(createRouteLabeler(routesManifest()));
  // Loaded only when on: tracing is off by default and its SDK should cost nothing then.
  const stopTracing = settings.tracingEnabled
    ? (await import("@/lib/observability/tracing")).startTracing(settings)
    : async () => undefined;
  installGracefulShutdown(settings.SHUTDOWN_TIMEOUT_MS, stopTracing);
  startAuditPruneJob();
  startWebhookJob();
  startDigestJob();
  startCampaignReminderJob();
}

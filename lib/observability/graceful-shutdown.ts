/**
 * SIGTERM/SIGINT handling for the production server. Order: readiness turns 503 and shutdown hooks run
 * (SSE streams end with a reconnect hint), the server stops accepting and finishes in-flight requests
 * (at most SHUTDOWN_TIMEOUT_MS), then the database pool closes and traces are flushed.
 *
 * Next.js's own handler (start-server.js) closes the server and exits too; with
 * NEXT_MANUAL_SIG_HANDLE=true (set in the Dockerfile) it stays out of the way and this one exits,
 * after the pool is closed. Without it (plain `next start`), both run and Next.js exits.
 */
import { disconnectDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { drainHttp, inFlightRequests } from "@/lib/observability/http-hook";
import { runShutdownHooks } from "@/lib/observability/shutdown";

/** Installs the signal handlers once. `stopTracing` flushes spans before exit. */
export function installGracefulShutdown(timeoutMs: number, stopTracing: () => Promise<void>): void {
  const flag = Symbol.for("stepwise.gracefulShutdown");
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (g[flag]) return;
  g[flag] = true;
  const manual = Boolean(process.env.NEXT_MANUAL_SIG_HANDLE);
  let started = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    logger.info({ signal, inFlight: inFlightRequests() }, "shutdown: draining");
    const hooks = await runShutdownHooks((name, err) =>
      logger.error({ err, hook: name }, "shutdown hook failed"),
    );
    const left = await drainHttp(timeoutMs);
    if (left > 0)
      logger.warn({ left, timeoutMs }, "shutdown: requests still running at the deadline were cut");
    await disconnectDb().catch((err: unknown) =>
      logger.error({ err }, "shutdown: closing the database pool failed"),
    );
    await stopTracing().catch(() => undefined);
    logger.info({ hooks }, "shutdown: complete");
    if (manual) process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/**
 * The app prunes the audit log itself: once shortly after start-up and then every few hours. Each run
 * takes a PostgreSQL advisory lock (pruneAuditEvents), so with several instances only one deletes.
 * `npm run audit:prune` (scripts/audit-prune.ts) runs the same function once, e.g. from a CronJob.
 */
import "server-only";
import { pruneAuditEvents } from "@/lib/data/audit";
import { logger } from "@/lib/logger";

export const AUDIT_PRUNE_FIRST_DELAY_MS = 60_000;
export const AUDIT_PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000;

const KEY = Symbol.for("stepwise.auditPruneJob");
const holder = globalThis as unknown as { [KEY]?: NodeJS.Timeout };

async function runOnce() {
  try {
    const result = await pruneAuditEvents();
    if (result.ran) logger.info({ deleted: result.deleted }, "audit log pruned");
    else logger.debug("audit log prune skipped: another instance holds the lock");
  } catch (err) {
    logger.error({ err }, "audit log prune failed (will retry at the next interval)");
  }
}

/** Starts the periodic prune once per process; timers are unref'd so they never keep it alive. */
export function startAuditPruneJob(): void {
  if (holder[KEY]) return;
  const first = setTimeout(() => {
    void runOnce();
    holder[KEY] = setInterval(() => void runOnce(), AUDIT_PRUNE_INTERVAL_MS).unref();
  }, AUDIT_PRUNE_FIRST_DELAY_MS).unref();
  holder[KEY] = first;
}

/**
 * The app delivers webhooks itself: every WEBHOOK_WORKER_INTERVAL_MS each instance claims due
 * deliveries (FOR UPDATE SKIP LOCKED + a lease, so several instances never send one twice at the same
 * time) and, every few minutes, runs the overdue-step scan (rows locked by another instance are
 * skipped). `npm run webhooks:deliver` (scripts/webhooks-deliver.ts) does the same once.
 */
import "server-only";
import { deliverDueWebhooks, runOverdueScan } from "@/lib/data/webhooks/delivery";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export const OVERDUE_SCAN_INTERVAL_MS = 10 * 60 * 1000;

const KEY = Symbol.for("stepwise.webhookJob");
const holder = globalThis as unknown as { [KEY]?: NodeJS.Timeout };

let running = false;
let lastScan = 0;

async function tick() {
  if (running) return; // a slow batch never overlaps the next tick
  running = true;
  try {
    if (Date.now() - lastScan >= OVERDUE_SCAN_INTERVAL_MS) {
      lastScan = Date.now();
      const reported = await runOverdueScan();
      if (reported > 0) logger.info({ reported }, "overdue plan steps reported");
    }
    for (let i = 0; i < 10; i++) {
      const r = await deliverDueWebhooks();
      if (r.claimed > 0) logger.info(r, "webhooks delivered");
      if (r.claimed < 20) break;
    }
  } catch (err) {
    logger.error({ err }, "webhook delivery failed (will retry at the next tick)");
  } finally {
    running = false;
  }
}

/** Starts the delivery loop once per process (off when WEBHOOK_WORKER_INTERVAL_MS=0); timers are unref'd. */
export function startWebhookJob(): void {
  const interval = env().WEBHOOK_WORKER_INTERVAL_MS;
  if (holder[KEY] || interval === 0) return;
  holder[KEY] = setInterval(() => void tick(), interval).unref();
}

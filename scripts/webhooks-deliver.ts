/**
 * `npm run webhooks:deliver`: runs the overdue-step scan and delivers every due webhook once (until none
 * is left), e.g. from a CronJob when WEBHOOK_WORKER_INTERVAL_MS=0. Safe beside running app instances
 * (FOR UPDATE SKIP LOCKED). Uses DATABASE_URL, or the embedded dev database like `npm run dev`.
 */
import path from "node:path";
import { DATA_DIR } from "./lib/app-env";
import { startEmbeddedPostgres } from "./lib/database";

async function main() {
  let stop = async () => {};
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.STEPWISE_PG_PORT ?? 54329);
    const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port });
    process.env.DATABASE_URL = server.serverUrl("stepwise");
    stop = server.stop;
  }
  const { deliverDueWebhooks, runOverdueScan } = await import("../lib/data/webhooks/delivery");
  const { disconnectDb } = await import("../lib/db");
  try {
    const reported = await runOverdueScan();
    let total = { claimed: 0, succeeded: 0, failed: 0 };
    for (;;) {
      const r = await deliverDueWebhooks();
      total = {
        claimed: total.claimed + r.claimed,
        succeeded: total.succeeded + r.succeeded,
        failed: total.failed + r.failed,
      };
      if (r.claimed === 0) break;
    }
    console.log(
      `[webhooks] ${reported} overdue step(s) reported; ${total.claimed} delivery attempt(s): ${total.succeeded} succeeded, ${total.failed} failed`,
    );
  } finally {
    await disconnectDb();
    await stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

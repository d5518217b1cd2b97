/**
 * `npm run audit:prune`: deletes audit events past each organization's retention, once (the app also
 * does this every few hours). Uses DATABASE_URL, or the embedded dev database like `npm run dev`.
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
  const { pruneAuditEvents } = await import("../lib/data/audit");
  const { disconnectDb } = await import("../lib/db");
  try {
    const result = await pruneAuditEvents();
    console.log(
      result.ran
        ? `[audit] pruned ${result.deleted} event(s) past retention`
        : "[audit] another process is pruning right now; nothing done",
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

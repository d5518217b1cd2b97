/**
 * `npm run digests:send`: sends the digests that are due (each opted-in member's last completed month or
 * quarter), once: for a CronJob (deploy/kubernetes/base/digest-cronjob.yaml) next to the app's own
 * hourly run. Safe to run while app instances run it too: every (organization, period) is leased and
 * every member's digest recorded before it is sent. Uses DATABASE_URL, or the embedded dev database.
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
  const { runDigests } = await import("../lib/data/digests");
  const { disconnectDb } = await import("../lib/db");
  try {
    const result = await runDigests();
    console.log(
      result.skipped === "no-mailer"
        ? "[digests] SMTP_URL is not set: no digest sent (members read theirs at /orgs/<org>/digest)"
        : `[digests] sent ${result.sent}, failed ${result.failed} (${result.runs} organization period(s) run, ${result.busy} busy elsewhere)`,
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

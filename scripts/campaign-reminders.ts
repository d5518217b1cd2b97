/**
 * `npm run campaigns:remind`: mails today's campaign reminders once (the app also does this every
 * CAMPAIGN_REMINDER_INTERVAL_MS), e.g. from a CronJob when the interval is 0. At most one reminder per
 * team per day either way. Uses DATABASE_URL, or the embedded dev database like `npm run dev`.
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
  const { runScheduledReminders } = await import("../lib/data/campaigns/remind");
  const { disconnectDb } = await import("../lib/db");
  try {
    const result = await runScheduledReminders();
    console.log(
      result.ran
        ? `[campaigns] reminded ${result.reminded} team(s) in ${result.campaigns} campaign(s), ${result.mailed} mail(s) sent`
        : "[campaigns] nothing done: mail is not set up (SMTP_URL), or another process is reminding right now",
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

/**
 * The app reminds campaign leads itself: shortly after start-up and then every
 * CAMPAIGN_REMINDER_INTERVAL_MS (default hourly; 0 = off) each instance runs the day's reminders
 * (runScheduledReminders). A transaction-level advisory lock keeps instances from running at once, and
 * campaign_reminders' key (campaign, team, day) lets at most one reminder per team and day through.
 * `npm run campaigns:remind` (scripts/campaign-reminders.ts) runs the same function once.
 */
import "server-only";
import { runScheduledReminders } from "@/lib/data/campaigns";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export const CAMPAIGN_REMINDER_FIRST_DELAY_MS = 90_000;

const KEY = Symbol.for("stepwise.campaignReminderJob");
const holder = globalThis as unknown as { [KEY]?: NodeJS.Timeout };

async function runOnce() {
  try {
    const result = await runScheduledReminders();
    if (result.reminded > 0) logger.info(result, "campaign reminders sent");
    else logger.debug(result, "no campaign reminders due");
  } catch (err) {
    logger.error({ err }, "campaign reminders failed (will retry at the next interval)");
  }
}

/** Starts the periodic run once per process (off when CAMPAIGN_REMINDER_INTERVAL_MS=0); timers are unref'd. */
export function startCampaignReminderJob(): void {
  const interval = env().CAMPAIGN_REMINDER_INTERVAL_MS;
  if (holder[KEY] || interval === 0) return;
  holder[KEY] = setTimeout(() => {
    void runOnce();
    holder[KEY] = setInterval(() => void runOnce(), interval).unref();
  }, CAMPAIGN_REMINDER_FIRST_DELAY_MS).unref();
}

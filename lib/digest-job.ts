/**
 * The app sends digests itself: shortly after start-up and then every hour, each instance runs
 * runDigests (lib/data/digests.ts). The (organization, period) lease and the per-member delivery row
 * make the instances (and `npm run digests:send` from a CronJob) send each digest once. Off when no
 * mail server is configured (SMTP_URL unset): the digest page shows the digest instead.
 */
import "server-only";
import { runDigests } from "@/lib/data/digests";
import { logger } from "@/lib/logger";

export const DIGEST_FIRST_DELAY_MS = 2 * 60_000;
export const DIGEST_INTERVAL_MS = 60 * 60 * 1000;

const KEY = Symbol.for("stepwise.digestJob");
const holder = globalThis as unknown as { [KEY]?: NodeJS.Timeout };

async function runOnce() {
  try {
    const result = await runDigests();
    if (result.busy > 0) logger.debug({ busy: result.busy }, "digests: another instance holds some leases");
  } catch (err) {
    logger.error({ err }, "digest run failed (will retry at the next interval)");
  }
}

/** Starts the hourly digest run once per process; timers are unref'd so they never keep it alive. */
export function startDigestJob(): void {
  if (holder[KEY]) return;
  holder[KEY] = setTimeout(() => {
    void runOnce();
    holder[KEY] = setInterval(() => void runOnce(), DIGEST_INTERVAL_MS).unref();
  }, DIGEST_FIRST_DELAY_MS).unref();
}

/**
 * Whether `scripts/run.ts` seeds the demo organization (users with the public password
 * "stepwise-demo"). `npm start` against a database the user configured (DATABASE_URL, i.e. not the
 * embedded one) is how a real deployment might be started: there it seeds only when asked with
 * `npm start -- --seed-demo`. `npm run dev` and `npm run db:seed` seed as before.
 */
export type TSeedPolicyInput = Readonly<{ mode: string; isEmbedded: boolean; argv: readonly string[] }>;

export const SEED_DEMO_FLAG = "--seed-demo";

export function shouldSeedDemo({ mode, isEmbedded, argv }: TSeedPolicyInput): boolean {
  if (mode === "seed" || mode === "dev") return true;
  if (mode === "start") return isEmbedded || argv.includes(SEED_DEMO_FLAG);
  return false;
}

/**
 * One-shot release step for production (Kubernetes Job / container `migrate` target): applies the
 * migrations (`prisma migrate deploy`), then syncs the maturity models in content/ into the database.
 * SEED_DEMO=true also creates the demo organization (dev/preview only). The app never migrates on start.
 */
import { migrateDeploy } from "./lib/prisma-cli";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  migrateDeploy(url);
  const { disconnectDb } = await import("../lib/db");
  try {
    if (process.env.SEED_DEMO === "true") {
      const { seedDemo } = await import("../prisma/seed");
      await seedDemo((line) => console.log(`[release] seed: ${line}`));
    } else {
      const { syncContentModels } = await import("../lib/data/models");
      const { loadModelFiles } = await import("../lib/model/load");
      const synced = await syncContentModels(loadModelFiles().map((f) => f.model));
      console.log(
        `[release] models: ${synced.map((s) => `${s.key} v${s.version} (${s.status})`).join(", ")}`,
      );
    }
  } finally {
    await disconnectDb();
  }
  console.log("[release] done");
}

main().catch((err) => {
  console.error("[release] failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});

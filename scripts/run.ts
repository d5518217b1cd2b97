/**
 * `npm run dev` / `npm start` / `npm run db:*`. Uses DATABASE_URL when it is set; otherwise starts an
 * embedded PostgreSQL with its data in .data/postgres. Applies migrations and seeds the demo
 * organization (idempotent) before starting Next.js, and stops the database when Next.js exits.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { appEnv, DATA_DIR } from "./lib/app-env";
import { isBuildStale } from "./lib/build-state";
import { ensureDatabaseExists, startEmbeddedPostgres } from "./lib/database";
import { startMailCatcher, type TMailCatcher } from "./lib/mail-catcher";
import { migrateDeploy, runPrisma } from "./lib/prisma-cli";
import { SEED_DEMO_FLAG, shouldSeedDemo } from "./lib/seed-policy";

// A .env file (see .env.example) is honoured like Next.js does; real environment variables win.
if (existsSync(".env")) process.loadEnvFile(".env");

const mode = process.argv[2] ?? "dev";
const MODES = ["dev", "start", "migrate", "migrate-new", "seed"];
const log = (line: string) => console.log(`[stepwise] ${line}`);

async function database() {
  if (process.env.DATABASE_URL) {
    log("using the PostgreSQL server from DATABASE_URL");
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  // STEPWISE_PG_PORT: another port when several checkouts run on one machine.
  const pgPort = Number(process.env.STEPWISE_PG_PORT ?? 54329);
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: pgPort });
  const url = server.serverUrl("stepwise");
  await ensureDatabaseExists(url);
  log(`embedded PostgreSQL running (${url.replace(/:[^:@/]+@/, ":***@")}), data in .data/postgres`);
  return { url, isEmbedded: true, stop: server.stop };
}

async function main() {
  if (!MODES.includes(mode)) throw new Error(`unknown mode "${mode}" (one of ${MODES.join(", ")})`);
  const db = await database();
  let child: ReturnType<typeof spawn> | undefined;
  let catcher: TMailCatcher | undefined;
  const shutdown = async (code: number) => {
    child?.kill("SIGTERM");
    await catcher?.stop().catch(() => undefined);
    await db.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  try {
    if (mode === "migrate-new") {
      const name = process.argv[3];
      if (!name) throw new Error("usage: npm run db:migrate:new -- <name>");
      return shutdown(runPrisma(["migrate", "dev", "--name", name], { DATABASE_URL: db.url }));
    }
    migrateDeploy(db.url);
    if (mode === "migrate") return shutdown(0);
    process.env.DATABASE_URL = db.url;
    if (shouldSeedDemo({ mode, isEmbedded: db.isEmbedded, argv: process.argv.slice(3) })) {
      const { seedDemo } = await import("../prisma/seed");
      await seedDemo((line) => log(`seed: ${line}`));
    } else {
      log(`not seeding demo users into DATABASE_URL (add ${SEED_DEMO_FLAG} to seed them)`);
    }
    if (mode === "seed") return shutdown(0);

    const port = process.env.PORT ?? "3000";
    const mail: Record<string, string> = {};
    if (!process.env.APP_URL && !process.env.NEXTAUTH_URL) mail.APP_URL = `http://localhost:${port}`;
    if (!process.env.SMTP_URL) {
      // No mail server configured: catch every mail locally so a newcomer can read it.
      catcher = await startMailCatcher({
        webPort: Number(process.env.MAIL_CATCHER_PORT ?? 0),
        log: (line) => log(`mail catcher: ${line}`),
      });
      mail.SMTP_URL = catcher.smtpUrl;
      log(`mail catcher: every mail the app sends is shown at ${catcher.webUrl} (SMTP_URL unset)`);
    }
    // `npm run dev` only: webhooks may target a receiver on http://localhost (never in `npm start`).
    if (mode === "dev" && !process.env.WEBHOOKS_ALLOW_INSECURE_URLS)
      mail.WEBHOOKS_ALLOW_INSECURE_URLS = "true";
    const env = appEnv(db.url, mail);
    const next = path.join("node_modules", "next", "dist", "bin", "next");
    if (mode === "start" && isBuildStale(".next")) {
      log("building the production bundle (next build)…");
      const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
      if (build.status !== 0) return shutdown(build.status ?? 1);
    }
    child = spawn(process.execPath, [next, mode === "dev" ? "dev" : "start", "-p", port], {
      stdio: "inherit",
      env,
    });
    log(`Stepwise on http://localhost:${port}`);
    child.on("exit", (code) => void shutdown(code ?? 0));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await shutdown(1);
  }
}

void main();

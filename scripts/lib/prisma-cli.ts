/** Runs the Prisma CLI offline through scripts/prisma.mjs (see the comment there). */
import { spawnSync } from "node:child_process";
import path from "node:path";

const WRAPPER = path.join(process.cwd(), "scripts", "prisma.mjs");

/** Runs `prisma <args>`; returns its exit code (output goes to this process's stdio). */
export function runPrisma(args: string[], extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(process.execPath, [WRAPPER, ...args], {
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
  });
  return result.status ?? 1;
}

export function migrateDeploy(databaseUrl: string) {
  const code = runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl });
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code})`);
}

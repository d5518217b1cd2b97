import { spawnSync } from "node:child_process";

/** Migrates the test database once per run. Refuses any database whose name does not end in _test. */
export default function setup() {
  const raw = process.env.DATABASE_URL;
  if (!raw)
    throw new Error(
      "DATABASE_URL is not set: run integration tests with `npm run test:int` (it starts PostgreSQL).",
    );
  const name = new URL(raw).pathname.slice(1);
  if (!name.endsWith("_test"))
    throw new Error(
      `refusing to run integration tests against "${name}": the database name must end in _test`,
    );
  const { status } = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    stdio: "inherit",
    env: process.env,
  });
  if (status !== 0) throw new Error("prisma migrate deploy failed");
}

/**
 * The one Prisma client. Imported only by lib/data/**, lib/authz.ts, the seed and tests.
 * Rust-free client (engineType = "client") talking to Postgres through @prisma/adapter-pg.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "@/lib/env";

// One client per process: dev hot-reload would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { stepwiseDb?: PrismaClient };

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX }),
    log: ["warn", "error"],
  });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  // Lazy: the client (and env validation) is created on first use, not at import time.
  get(_target, prop, receiver) {
    globalForDb.stepwiseDb ??= createClient();
    const value = Reflect.get(globalForDb.stepwiseDb, prop, receiver);
    return typeof value === "function" ? value.bind(globalForDb.stepwiseDb) : value;
  },
});

export async function disconnectDb() {
  await globalForDb.stepwiseDb?.$disconnect();
  globalForDb.stepwiseDb = undefined;
}

/**
 * The one Prisma client. Imported only by lib/data/**, lib/authz/context.ts, the seed, health checks and tests.
 * Rust-free client (engineType = "client") talking to Postgres through @prisma/adapter-pg, on a pg.Pool
 * we own so its size can be exported as metrics and it can be closed on shutdown.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@prisma/client";
import pg from "pg";
import { env } from "@/lib/env";

type TDbState = { client: PrismaClient; pool: pg.Pool };

// One client per process: dev hot-reload (and Next's separate server bundles) would otherwise each open a pool.
const globalForDb = globalThis as unknown as { stepwiseDb?: PrismaClient; stepwiseDbState?: TDbState };

function createState(): TDbState {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX });
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: ["warn", "error"],
  });
  return { client, pool };
}

function state(): TDbState {
  globalForDb.stepwiseDbState ??= createState();
  globalForDb.stepwiseDb = globalForDb.stepwiseDbState.client;
  return globalForDb.stepwiseDbState;
}

/** The client inside `db.$transaction(async (tx) => …)`; functions that may run in one take it as `client`. */
export type TTx = Prisma.TransactionClient;

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  // Lazy: the client (and env validation) is created on first use, not at import time.
  get(_target, prop, receiver) {
    const { client } = state();
    const value = Reflect.get(client, prop, receiver);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * The pg.Pool under the Prisma client, for the few hot paths (autosave, org context) where Prisma's
 * per-query CPU cost dominates. Use parameterised queries only; same connections as `db`.
 */
export function sqlPool(): pg.Pool {
  return state().pool;
}

export type TPoolStats = { total: number; idle: number; waiting: number; max: number };

/** Connections of this process's pool; null before the first query opened it. */
export function poolStats(): TPoolStats | null {
  const pool = globalForDb.stepwiseDbState?.pool;
  if (!pool) return null;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}

/** Round trip to the database, failing after `timeoutMs` (readiness probe). */
export async function pingDb(timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([state().client.$queryRaw`SELECT 1`, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the client and its pool (tests, scripts, graceful shutdown). Safe to call twice. */
export async function disconnectDb() {
  const current = globalForDb.stepwiseDbState;
  globalForDb.stepwiseDbState = undefined;
  globalForDb.stepwiseDb = undefined;
  if (!current) return;
  await current.client.$disconnect();
  if (!current.pool.ended) await current.pool.end().catch(() => undefined);
}

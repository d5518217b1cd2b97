/**
 * Driver-adapter factory for Prisma 6.19's wasm schema engine (`engine: "js"` in prisma.config.ts),
 * which lets `prisma migrate deploy|dev|diff` run with no downloaded Rust engine.
 *
 * @prisma/adapter-pg 6.19 has three defects when it serves migrations (upstream prisma/orm#27403);
 * each is worked around here. Drop this file once a fixed adapter release is pinned.
 *  1. Catalog columns of type `name` (OID 19) and `"char"` (OID 18) are rejected
 *     ("Column type 'name' could not be deserialized") → results report them as `text` (OID 25).
 *  2. `connectToShadowDb()` spreads `{ ...config, database }`, but a `connectionString` wins over
 *     `database`, so the shadow database would be the real one → pass parsed fields, never a URL.
 *  3. The shadow database is dropped while its pool still holds a connection → end the pool first,
 *     then `DROP DATABASE … WITH (FORCE)`; `allowExitOnIdle` lets the CLI process exit.
 *  4. `executeScript` splits a migration at every ";", even inside comments, strings and function
 *     bodies (so a plpgsql trigger cannot be migrated) → send the script whole, as one simple-protocol
 *     query, as Prisma's own engine does (PostgreSQL runs it as one implicit transaction).
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

const TEXT_OID = 25;
const CATALOG_OIDS = new Set([18, 19]);

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function asText<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as QueryResultLike[]) {
    for (const field of r?.fields ?? []) {
      if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** A pg.Client whose query results describe `name`/`"char"` columns as text (defect 1). */
export class CatalogTextClient extends pg.Client {
  // pg's overloads (promise, callback, submittable) are preserved: only results are touched.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      args[args.length - 1] = (err: unknown, res: unknown) => callback(err, err ? res : asText(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then(asText) as never;
    }
    return out as never;
  }
}

type TAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** Defect 4: the whole migration script in one query, errors mapped as the adapter maps them. */
export function withWholeScripts<T extends TAdapter>(adapter: T): T {
  const driver = adapter.underlyingDriver() as pg.Pool;
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await driver.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const parsed = parseIntoClientConfig(url) as pg.PoolConfig;
  return {
    ...parsed,
    ...(database ? { database } : {}),
    Client: CatalogTextClient as unknown as typeof pg.Client,
    max: 4,
    allowExitOnIdle: true,
  };
}

class MigrationPgFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  override async connect() {
    return withWholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(parseIntoClientConfig(this.url) as pg.ClientConfig);
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    const shadow = withWholeScripts(await new PrismaPg(poolConfig(this.url, database)).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose(); // defect 3: close the shadow pool before dropping its database
      const cleanup = new pg.Client(parseIntoClientConfig(this.url) as pg.ClientConfig);
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    };
    return shadow;
  }
}

export function createMigrationAdapter(url: string | undefined) {
  if (!url) throw new Error("DATABASE_URL is not set: run migrations through `npm run db:migrate`.");
  return new MigrationPgFactory(url);
}

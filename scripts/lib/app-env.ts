/** Settings the scripts hand to the app process when the user did not set them. */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.join(process.cwd(), ".data");

/** A secret generated once per checkout and kept in .data/, so sessions survive restarts. */
export function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function appEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
    // Without a configured public URL, trust the Host header (local use); set NEXTAUTH_URL in production.
    ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

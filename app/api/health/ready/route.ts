import { NextResponse } from "next/server";
import { pingDb } from "@/lib/data/health";
import { logger } from "@/lib/logger";
import { isDraining } from "@/lib/observability/shutdown";

export const dynamic = "force-dynamic";

const DB_TIMEOUT_MS = 2000;
const NO_STORE = { "Cache-Control": "no-store" };

/** Readiness: 200 when the database answers; 503 while it does not or while the process drains. */
export async function GET() {
  if (isDraining()) return NextResponse.json({ status: "draining" }, { status: 503, headers: NO_STORE });
  const started = performance.now();
  try {
    await pingDb(DB_TIMEOUT_MS);
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "readiness: database unavailable");
    return NextResponse.json(
      { status: "unavailable", checks: { database: "down" } },
      { status: 503, headers: NO_STORE },
    );
  }
  const ms = Math.round(performance.now() - started);
  return NextResponse.json(
    { status: "ok", checks: { database: "up", databaseMs: ms } },
    { headers: NO_STORE },
  );
}

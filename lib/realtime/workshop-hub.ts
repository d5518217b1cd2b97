import "server-only";
import { loadPublicState } from "@/lib/data/workshops/state";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { onShutdown } from "@/lib/observability/shutdown";
import { WorkshopHub, type TLoadedState } from "./hub";
import { sseFrame } from "./sse";

const encoder = new TextEncoder();

/** Loads a workshop's public state and serialises it ONCE as the SSE frame every subscriber gets. */
export async function loadStateFrame(workshopId: string): Promise<TLoadedState | null> {
  const state = await loadPublicState(workshopId);
  if (!state) return null;
  const frame = sseFrame({ id: state.seq, event: "state", data: JSON.stringify(state) });
  return { seq: state.seq, frame, bytes: encoder.encode(frame) };
}

// One hub (one LISTEN connection) per process; route handlers are bundled separately, hence globalThis.
const KEY = Symbol.for("stepwise.workshopHub");
/** At most 10 state loads a second per workshop and process (followers stay well within a second). */
const MIN_INTERVAL_MS = 100;
const holder = globalThis as unknown as { [KEY]?: WorkshopHub };

/** The process's workshop hub, created (and its LISTEN connection opened) on first use. */
export function workshopHub(): WorkshopHub {
  if (!holder[KEY]) {
    const hub = new WorkshopHub({
      connectionString: env().DATABASE_URL,
      load: loadStateFrame,
      log: logger,
      minIntervalMs: MIN_INTERVAL_MS,
    });
    holder[KEY] = hub;
    onShutdown("workshop-hub", () => hub.close());
  }
  return holder[KEY];
}

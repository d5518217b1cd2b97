/**
 * The PostgreSQL NOTIFY channel that ties app instances together. Every workshop mutation runs
 * `SELECT pg_notify(WORKSHOP_CHANNEL, payload)` inside its transaction, so the notification is sent
 * on commit (never for a rolled-back change) to every instance LISTENing (lib/realtime/hub.ts).
 * The payload is tiny on purpose (NOTIFY payloads are capped at 8 kB): each instance loads the state
 * itself, once per (workshop, seq).
 */
export const WORKSHOP_CHANNEL = "stepwise_workshops";

export type TWorkshopNotice = Readonly<{ workshopId: string; seq: number }>;

export function encodeNotice(notice: TWorkshopNotice): string {
  return JSON.stringify({ w: notice.workshopId, s: notice.seq });
}

/** Null for anything that is not a notice of ours (the channel is shared by every instance). */
export function decodeNotice(payload: string | undefined): TWorkshopNotice | null {
  if (!payload) return null;
  try {
    const raw = JSON.parse(payload) as { w?: unknown; s?: unknown };
    if (typeof raw.w !== "string" || typeof raw.s !== "number") return null;
    return { workshopId: raw.w, seq: raw.s };
  } catch {
    return null;
  }
}

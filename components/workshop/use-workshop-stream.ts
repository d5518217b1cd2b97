"use client";

import { useEffect, useState } from "react";
import { localizeLiveState, type TLiveModelText } from "@/lib/workshops/localize";
import type { TPublicState } from "@/lib/workshops/public-state";

export type TConnection = "live" | "connecting" | "offline";

/**
 * Follows the workshop's event stream. EventSource reconnects by itself (the server sends `retry:`);
 * if the browser gives up (closed stream), a new one is opened after a pause. Every event carries the
 * full state, so a reconnect needs no replay. Older states (lower seq) never replace newer ones.
 */
export function useWorkshopStream(workshopId: string, initial: TPublicState, text: TLiveModelText | null) {
  const [state, setState] = useState(initial);
  const [connection, setConnection] = useState<TConnection>("connecting");
  const [clockOffsetMs, setClockOffsetMs] = useState(() => Date.parse(initial.serverTime) - Date.now());

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    const open = () => {
      source = new EventSource(`/api/workshops/${workshopId}/events`);
      source.addEventListener("state", (event) => {
        const next = JSON.parse((event as MessageEvent<string>).data) as TPublicState;
        setClockOffsetMs(Date.parse(next.serverTime) - Date.now());
        setState((prev) => (next.seq >= prev.seq ? next : prev));
        setConnection("live");
      });
      source.onopen = () => setConnection("live");
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return setConnection("connecting");
        setConnection("offline");
        if (!isStopped) retry = setTimeout(open, 3000);
      };
    };
    open();
    return () => {
      isStopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [workshopId]);

  return { state: localizeLiveState(state, text), connection, clockOffsetMs };
}

/** Sends a JSON request to a workshop endpoint; resolves to an error message or null. */
export async function sendWorkshop(
  url: string,
  method: "POST" | "PUT",
  body: unknown,
): Promise<{ error: string | null; data: Record<string, unknown> }> {
  try {
    const res = await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = (await res.json().catch(() => ({}))) as { error?: { message?: string } } & Record<
      string,
      unknown
    >;
    return { error: res.ok ? null : (data.error?.message ?? `Request failed (${res.status}).`), data };
  } catch {
    return { error: "No connection. Check your network and try again.", data: {} };
  }
}

/** Server-sent-events framing (pure). One frame = optional id/event lines, one data line, blank line. */

export type TSseFrame = Readonly<{ id?: number | string; event?: string; data: string; retryMs?: number }>;

/** A complete SSE frame. `data` must be one line (JSON.stringify output always is). */
export function sseFrame({ id, event, data, retryMs }: TSseFrame): string {
  let out = "";
  if (retryMs !== undefined) out += `retry: ${retryMs}\n`;
  if (id !== undefined) out += `id: ${id}\n`;
  if (event) out += `event: ${event}\n`;
  return `${out}data: ${data.replace(/\n/g, "\\n")}\n\n`;
}

/** A comment line: keeps proxies and load balancers from closing an idle stream. */
export const SSE_HEARTBEAT = ": heartbeat\n\n";

/** Response headers of an event stream; `no-transform` keeps Next's gzip (and proxies) from buffering it. */
export const SSE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
};

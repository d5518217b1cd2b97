/**
 * Graceful-shutdown registry. Code that holds long-lived connections (the live-workshop SSE streams)
 * registers a hook with `onShutdown`; on SIGTERM the hooks run first, so those streams end with a
 * reconnect hint and the client reconnects to another replica, then in-flight requests finish and
 * the database pool closes (lib/observability/http-hook.ts). Kept on globalThis: one per process.
 */

type THook = { name: string; run: () => void | Promise<void> };
type TState = { draining: boolean; hooks: Set<THook> };

const KEY = Symbol.for("stepwise.shutdown");
const holder = globalThis as unknown as { [KEY]?: TState };
const state = (): TState => (holder[KEY] ??= { draining: false, hooks: new Set() });

/** Server-sent-events frame telling an EventSource to reconnect after `ms` (write it, then end the stream). */
export function sseReconnectHint(ms = 1000): string {
  return `retry: ${ms}\nevent: shutdown\ndata: {"reconnect":true}\n\n`;
}

/** Registers a hook run once on shutdown; returns a function that unregisters it (stream closed normally). */
export function onShutdown(name: string, run: () => void | Promise<void>): () => void {
  const hook = { name, run };
  state().hooks.add(hook);
  return () => void state().hooks.delete(hook);
}

/** True once SIGTERM arrived: readiness answers 503 so no new traffic is routed here. */
export function isDraining(): boolean {
  return state().draining;
}

/** Marks the process as draining and runs every hook (errors are reported, not thrown). */
export async function runShutdownHooks(report: (name: string, err: unknown) => void): Promise<number> {
  const s = state();
  s.draining = true;
  const hooks = [...s.hooks];
  s.hooks.clear();
  await Promise.all(
    hooks.map(async (h) => {
      try {
        await h.run();
      } catch (err) {
        report(h.name, err);
      }
    }),
  );
  return hooks.length;
}

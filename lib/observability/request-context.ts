/**
 * Per-request context (the request id) in AsyncLocalStorage. It lives on globalThis because Next.js
 * bundles instrumentation, route handlers and pages separately: a module-level store would be one per bundle.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type TRequestContext = { requestId: string; remoteAddress?: string };

const KEY = Symbol.for("stepwise.requestContext");
const holder = globalThis as unknown as { [KEY]?: AsyncLocalStorage<TRequestContext> };

function storage(): AsyncLocalStorage<TRequestContext> {
  holder[KEY] ??= new AsyncLocalStorage<TRequestContext>();
  return holder[KEY];
}

/** Runs `fn` with `ctx` as the current request context. */
export function runWithRequestContext<T>(ctx: TRequestContext, fn: () => T): T {
  return storage().run(ctx, fn);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return storage().getStore()?.requestId;
}

/** The TCP peer address of the request being handled (the client, or the nearest proxy). */
export function currentRemoteAddress(): string | undefined {
  return storage().getStore()?.remoteAddress;
}

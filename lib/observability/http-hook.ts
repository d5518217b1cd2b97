/**
 * The one per-request hook Next.js lacks for both route handlers and server components: we wrap
 * `http.Server.prototype.emit("request")` (the same place @opentelemetry/instrumentation-http hooks)
 * from instrumentation-node.ts. Per request it
 * - picks the request id (incoming `x-request-id` or a new UUID), writes it into the request headers
 *   (so `headers()` sees it) and the response, and runs the handler inside the request context that
 *   the logger reads;
 * - counts in-flight requests (for graceful shutdown) and records the duration histogram by route.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/observability/metrics";
import { runWithRequestContext } from "@/lib/observability/request-context";
import { pickRequestId, REQUEST_ID_HEADER } from "@/lib/observability/request-id";

type TServerState = {
  servers: Set<http.Server>;
  inFlight: number;
  idle: Set<() => void>;
  installed: boolean;
};

const KEY = Symbol.for("stepwise.httpHook");
const holder = globalThis as unknown as { [KEY]?: TServerState };
const state = (): TServerState =>
  (holder[KEY] ??= { servers: new Set(), inFlight: 0, idle: new Set(), installed: false });

type TEmit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/** Installs the hook once per process. `routeOf` maps a URL to its route template for metrics. */
export function installHttpHook(routeOf: (url: string) => string): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  const proto = http.Server.prototype as unknown as { emit: TEmit };
  const original = proto.emit;
  proto.emit = function emit(this: http.Server, event, ...args) {
    if (event !== "request") return original.call(this, event, ...args);
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
    s.servers.add(this);
    const requestId = pickRequestId(req.headers[REQUEST_ID_HEADER], randomUUID);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    s.inFlight += 1;
    const finish = () => {
      s.inFlight -= 1;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req.url ?? "/");
      const status = res.statusCode;
      metrics().httpDuration.observe({ method: req.method ?? "GET", route, status: String(status) }, seconds);
      logger.debug({ method: req.method, route, status, ms: Math.round(seconds * 1000) }, "request");
      if (s.inFlight === 0) for (const resolve of s.idle) resolve();
    };
    const context = { requestId, remoteAddress: req.socket?.remoteAddress };
    // `finish` runs in the request context again, so the access-log line carries this request's id.
    // (Not AsyncResource.bind: creating a resource per request cost more CPU than the rest of the hook.)
    res.once("close", () => runWithRequestContext(context, finish));
    return runWithRequestContext(context, () => original.call(this, event, ...args));
  };
}

/** Requests currently being handled by this process. */
export function inFlightRequests(): number {
  return state().inFlight;
}

/**
 * Stops accepting connections and waits until in-flight requests are done or `timeoutMs` passed.
 * Returns how many requests were still running when it gave up (0 = clean).
 */
export async function drainHttp(timeoutMs: number): Promise<number> {
  const s = state();
  for (const server of s.servers) {
    server.close();
    server.closeIdleConnections();
  }
  if (s.inFlight > 0) {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        s.idle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      s.idle.add(done);
    });
  }
  const left = s.inFlight;
  for (const server of s.servers) server.closeAllConnections();
  return left;
}

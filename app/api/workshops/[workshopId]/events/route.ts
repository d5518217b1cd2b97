import { requireWorkshopAccess } from "@/lib/http/workshop-session";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/observability/metrics";
import { onShutdown, sseReconnectHint } from "@/lib/observability/shutdown";
import { SSE_HEADERS, SSE_HEARTBEAT } from "@/lib/realtime/sse";
import { workshopHub } from "@/lib/realtime/workshop-hub";
import { handleRoute } from "@/lib/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const HEARTBEAT_MS = 15_000;
const RETRY_MS = 1_000;

type TContext = { params: Promise<{ workshopId: string }> };

/**
 * The workshop's live state as server-sent events. Every frame is the full public state (`id:` = seq),
 * so a reconnecting EventSource (Last-Event-ID) simply receives the current state again: nothing to
 * replay, nothing to miss. Access is checked once, when the stream opens.
 */
export const GET = handleRoute(async (request: Request, context: TContext) => {
  const { workshopId } = await context.params;
  await requireWorkshopAccess(workshopId);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let isOpen = true;
      const write = (chunk: string | Uint8Array) => {
        if (!isOpen) return;
        try {
          controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        } catch {
          cleanup();
        }
      };
      const heartbeat = setInterval(() => write(SSE_HEARTBEAT), HEARTBEAT_MS);
      let unsubscribe = () => {};
      const offShutdown = onShutdown("workshop-sse", () => {
        // Tell the browser to reconnect soon (to another replica), then end the stream.
        write(sseReconnectHint(RETRY_MS));
        cleanup();
      });
      metrics().workshopConnections.inc();
      cleanup = () => {
        if (!isOpen) return;
        isOpen = false;
        clearInterval(heartbeat);
        unsubscribe();
        offShutdown();
        metrics().workshopConnections.dec();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => cleanup(), { once: true });
      write(`retry: ${RETRY_MS}\n\n`);
      try {
        unsubscribe = await workshopHub().subscribe(workshopId, (state) => write(state.bytes));
        if (!isOpen) unsubscribe();
      } catch (err) {
        logger.error({ err, workshopId }, "workshop stream: subscribe failed");
        cleanup();
      }
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
});

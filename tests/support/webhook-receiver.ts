/**
 * A real local HTTP receiver for webhook tests: listens on a free port (127.0.0.1:0), records every
 * request (raw body, headers), and answers with the status `respond` picks for the n-th request.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type TReceived = { n: number; path: string; headers: IncomingHttpHeaders; body: string; at: number };

export async function startReceiver(
  respond: (n: number, req: TReceived) => number | Promise<number> = () => 200,
  delayMs = 0,
) {
  const received: TReceived[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const item: TReceived = {
        n: received.length + 1,
        path: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      received.push(item);
      void (async () => {
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        const status = await respond(item.n, item);
        res.writeHead(status, { "Content-Type": "text/plain" }).end(status < 300 ? "ok" : `nope ${item.n}`);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

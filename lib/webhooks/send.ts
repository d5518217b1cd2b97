/**
 * One outbound HTTP request (webhook delivery, Jira call) with the SSRF guard applied at connect time:
 * the host name is resolved here, every address checked (lib/webhooks/url-policy.ts), and the socket
 * connects to the checked address (no second lookup a DNS rebinding could change). Bounded: a timeout
 * for the whole exchange and at most `maxResponseBytes` of the answer kept.
 */
import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isBlockedAddress } from "./url-policy";

export type TSendResult =
  | { ok: true; status: number; body: string; latencyMs: number }
  | { ok: false; error: string; latencyMs: number };

export class BlockedAddressError extends Error {}

function guardedLookup(allowInsecure: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const done = callback as unknown as (
      err: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void;
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return done(err, "", 4);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isBlockedAddress(a.address, allowInsecure));
      if (bad || list.length === 0)
        return done(
          new BlockedAddressError(
            `${hostname} resolves to a private or local address (${bad?.address ?? "none"})`,
          ),
          "",
          4,
        );
      if ((options as { all?: boolean }).all) return done(null, list);
      return done(null, list[0]!.address, list[0]!.family);
    });
  };
}

export function sendRequest(
  url: string,
  init: Readonly<{
    method: "POST" | "GET";
    headers: Record<string, string>;
    body?: string;
    timeoutMs: number;
    allowInsecure: boolean;
    maxResponseBytes?: number;
  }>,
): Promise<TSendResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const max = init.maxResponseBytes ?? 64 * 1024;
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ ok: false, error: "invalid URL", latencyMs: 0 });
    }
    const host = target.hostname.replace(/^\[|\]$/g, "");
    if (isIP(host) !== 0 && isBlockedAddress(host, init.allowInsecure))
      return resolve({ ok: false, error: `refused: ${host} is a private or local address`, latencyMs: 0 });
    const client = target.protocol === "https:" ? https : target.protocol === "http:" ? http : null;
    if (!client) return resolve({ ok: false, error: "unsupported protocol", latencyMs: 0 });
    let settled = false;
    const finish = (r: TSendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const body = init.body === undefined ? undefined : Buffer.from(init.body, "utf8");
    const req = client.request(
      target,
      {
        method: init.method,
        headers: { ...init.headers, ...(body ? { "Content-Length": String(body.length) } : {}) },
        lookup: guardedLookup(init.allowInsecure),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < max) chunks.push(chunk.subarray(0, max - size));
          size += chunk.length;
        });
        res.on("end", () =>
          finish({
            ok: true,
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            latencyMs: latency(),
          }),
        );
        res.on("error", (err) => finish({ ok: false, error: err.message, latencyMs: latency() }));
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`timed out after ${init.timeoutMs} ms`));
    }, init.timeoutMs);
    req.on("error", (err) =>
      finish({
        ok: false,
        error: err instanceof BlockedAddressError ? `refused: ${err.message}` : err.message || String(err),
        latencyMs: latency(),
      }),
    );
    req.end(body);
  });
}

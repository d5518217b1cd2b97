import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handleRoute, parseJsonBody } from "@/lib/route";

process.env.DATABASE_URL ??= "postgresql://unit@127.0.0.1:1/unit_test";

const ZBody = z.object({ type: z.string() });
const echo = handleRoute(async (request: Request) => {
  const body = await parseJsonBody(request, ZBody);
  return Response.json({ ok: true, body });
});

const post = (init: { body?: BodyInit; headers?: Record<string, string>; method?: string }) =>
  new Request("http://localhost:3000/api/workshops/w1/commands", {
    method: init.method ?? "POST",
    body: init.body,
    headers: init.headers,
    // Streams need this in Node's fetch Request.
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

const SAME_ORIGIN = { host: "localhost:3000", origin: "http://localhost:3000" };
const JSON_HEADERS = { ...SAME_ORIGIN, "content-type": "application/json" };

describe("CSRF on JSON route handlers (issue 12 #8)", () => {
  it("refuses a text/plain form post (the CSRF vector) with 415", async () => {
    const res = await echo(
      post({ body: '{"type":"end"}', headers: { ...SAME_ORIGIN, "content-type": "text/plain" } }),
      {},
    );
    expect(res.status).toBe(415);
  });

  it("refuses a JSON post from another origin, or without an Origin, with 403", async () => {
    const evil = await echo(
      post({ body: '{"type":"end"}', headers: { ...JSON_HEADERS, origin: "https://evil.example" } }),
      {},
    );
    expect(evil.status).toBe(403);
    const { origin: _drop, ...noOrigin } = JSON_HEADERS;
    const missing = await echo(post({ body: '{"type":"end"}', headers: noOrigin }), {});
    expect(missing.status).toBe(403);
  });

  it("accepts a same-origin JSON post (charset parameter allowed)", async () => {
    const res = await echo(
      post({
        body: '{"type":"end"}',
        headers: { ...JSON_HEADERS, "content-type": "application/json; charset=utf-8" },
      }),
      {},
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, body: { type: "end" } });
  });

  it("guards body-less POSTs too", async () => {
    const noBody = handleRoute(async () => Response.json({ ok: true }));
    expect(
      (await noBody(post({ headers: { host: "localhost:3000", origin: "https://evil.example" } }), {}))
        .status,
    ).toBe(403);
    expect((await noBody(post({ headers: JSON_HEADERS }), {})).status).toBe(200);
    // GET is not guarded.
    expect((await noBody(post({ method: "GET", headers: {} }), {})).status).toBe(200);
  });
});

describe("body size caps (issue 12 #9)", () => {
  it("refuses a declared Content-Length over the cap before reading anything", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 256) return controller.close();
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const res = await echo(post({ body, headers: { ...JSON_HEADERS, "content-length": "10000000" } }), {});
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a large chunked body at the cap (64 kB) and answers 413", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 4 * 1024 * 1024) return controller.close();
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const res = await echo(post({ body, headers: JSON_HEADERS }), {});
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(256 * 1024);
  }, 5_000);

  it("accepts bodies up to 64 kB", async () => {
    const text = JSON.stringify({ type: "x".repeat(60 * 1024) });
    const res = await echo(post({ body: text, headers: JSON_HEADERS }), {});
    expect(res.status).toBe(200);
  });
});

describe("server-action body limit matches the model import page (issue 12 #9)", () => {
  it("allows the 4 MB of files plus 1 MB of pasted text that page accepts", async () => {
    const { readFileSync } = await import("node:fs");
    const config = readFileSync("next.config.js", "utf8");
    const limit = /bodySizeLimit:\s*"(\d+)mb"/.exec(config)?.[1];
    expect(Number(limit)).toBeGreaterThanOrEqual(5);
    const action = readFileSync("app/orgs/[orgSlug]/models/import/actions.ts", "utf8");
    expect(action).toMatch(/max\(4 \* MAX_FILE_CHARS/);
  });
});

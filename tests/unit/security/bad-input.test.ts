import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { handleRoute, parseJsonBody } from "@/lib/route";
import { firstParam } from "@/lib/validation/params";
import { containsNul, zText } from "@/lib/validation/text";

process.env.DATABASE_URL ??= "postgresql://unit@127.0.0.1:1/unit_test";

const json = (body: unknown) =>
  new Request("http://localhost:3000/api/x", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { host: "localhost:3000", origin: "http://localhost:3000", "content-type": "application/json" },
  });

describe("NUL characters (issue 12 #10)", () => {
  it("the shared string schema refuses NUL and keeps z.string() chaining", () => {
    const schema = zText().trim().min(1).max(10);
    expect(schema.safeParse("ok").success).toBe(true);
    expect(schema.safeParse("a\u0000b").success).toBe(false);
    expect(containsNul({ a: [{ b: "x\u0000" }] })).toBe(true);
    expect(containsNul({ "k\u0000": 1 })).toBe(true);
    expect(containsNul({ a: ["fine", 1, null] })).toBe(false);
  });

  it("JSON route bodies with a NUL anywhere are a 400, before any schema or query", async () => {
    let ran = false;
    const route = handleRoute(async (request: Request) => {
      await parseJsonBody(request, z.object({ notes: z.array(z.object({ t: z.string() })) }));
      ran = true;
      return Response.json({ ok: true });
    });
    const res = await route(json({ notes: [{ t: "a\u0000b" }] }), {});
    expect(res.status).toBe(400);
    expect(ran).toBe(false);
  });

  it("a database refusal of a NUL byte becomes a 400, not a 500", async () => {
    const route = handleRoute(async () => {
      const err = new Error('invalid byte sequence for encoding "UTF8": 0x00') as Error & {
        meta: { code: string };
      };
      err.meta = { code: "22021" };
      throw err;
    });
    const res = await route(new Request("http://localhost:3000/api/x"), {});
    expect(res.status).toBe(400);
  });

  it("server actions refuse NUL in any form field with INVALID_INPUT", async () => {
    let ran = false;
    const action = defineFormAction(z.object({ title: z.string() }), async () => {
      ran = true;
      return 1;
    });
    const form = new FormData();
    form.set("title", "x\u0000y");
    const result = await action(null, form);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(ran).toBe(false);
  });
});

describe("repeated query parameters (issue 12 #10)", () => {
  it("pages take the first value", () => {
    expect(firstParam(["a", "b"])).toBe("a");
    expect(firstParam("a")).toBe("a");
    expect(firstParam(undefined)).toBeUndefined();
  });
});

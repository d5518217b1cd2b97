import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { AppError } from "@/lib/errors";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const ZName = z.object({ name: z.string().min(1, "Required") });

describe("defineFormAction", () => {
  it("passes the handler's success message on to the form", async () => {
    const action = defineFormAction(ZName, async ({ name }) => ({ message: `Hello ${name}.`, id: 7 }));
    expect(await action(null, form({ name: "Ada" }))).toEqual({
      ok: true,
      data: { message: "Hello Ada.", id: 7 },
      message: "Hello Ada.",
    });
  });

  it("adds no message when the handler returns none", async () => {
    const plain = defineFormAction(ZName, async () => ({ id: 1 }));
    expect(await plain(null, form({ name: "x" }))).toEqual({ ok: true, data: { id: 1 } });
    const nothing = defineFormAction(ZName, async () => undefined);
    expect(await nothing(null, form({ name: "x" }))).toEqual({ ok: true, data: undefined });
    const notText = defineFormAction(ZName, async () => ({ message: 3 }));
    expect(await notText(null, form({ name: "x" }))).not.toHaveProperty("message");
  });

  it("answers bad input with field errors and the submitted values", async () => {
    const action = defineFormAction(ZName, async () => ({ message: "never" }));
    const result = await action(null, form({ name: "" }));
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { name: ["Required"] },
      values: { name: "" },
    });
  });

  it("turns an AppError into its message, keeping what was typed", async () => {
    const action = defineFormAction(ZName, async () => {
      throw new AppError("CONFLICT", "Someone else saved first.");
    });
    expect(await action(null, form({ name: "Ada" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Someone else saved first.",
      values: { name: "Ada" },
    });
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { TLocale } from "@/i18n/locales";
import { validationTranslator } from "@/i18n/translator";
import { defineFormAction } from "@/lib/action";
import { formMessage, localizeIssue, zodErrorMap } from "@/lib/validation/messages";
import { zText } from "@/lib/validation/text";
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

describe("form validation messages in the reader's language", () => {
  const ZForm = z.object({
    email: z.email(formMessage("email")),
    name: zText().min(2, formMessage("tooShort")).max(5, formMessage("tooLong")),
    age: z.coerce.number().int().min(18),
    note: z.string().min(1, "Kept as written"),
  });
  const errorsIn = async (locale: TLocale, input: Record<string, string>) => {
    const { t, has } = await validationTranslator(locale);
    const errorMap = zodErrorMap(locale);
    const parsed = ZForm.safeParse(input, errorMap ? { error: errorMap } : undefined);
    return z.flattenError(parsed.error!, (issue) => localizeIssue(issue, t, has)).fieldErrors;
  };

  it("translates formMessage keys with their bounds, zod's own messages and the NUL message", async () => {
    const bad = { email: "nope", name: "x", age: "3", note: "" };
    expect(await errorsIn("en", bad)).toEqual({
      email: ["Enter a valid email address"],
      name: ["At least 2 characters"],
      age: ["Too small: expected number to be >=18"],
      note: ["Kept as written"],
    });
    const de = await errorsIn("de", { ...bad, name: "far too long" });
    expect(de.email).toEqual(["Geben Sie eine gültige E-Mail-Adresse ein"]);
    expect(de.name).toEqual(["Höchstens 5 Zeichen"]);
    expect(de.age?.[0]).toMatch(/^Zu klein/);
    expect(de.note).toEqual(["Kept as written"]); // plain English schema text is left to its page
    expect((await errorsIn("ja", { ...bad, name: "a\u0000" })).name).toEqual([
      "NUL 文字を含めることはできません",
    ]);
  });

  it("keeps the wrapper's own messages English outside a request", async () => {
    const action = defineFormAction(ZName, async () => ({}));
    expect(await action(null, form({ name: "" }))).toMatchObject({
      message: "Please fix the highlighted fields.",
    });
    expect(await action(null, form({ name: "a\u0000" }))).toMatchObject({
      message: "The form must not contain NUL characters.",
    });
  });
});

import { describe, expect, it } from "vitest";
import { ZAnswerInput } from "@/lib/validation/answers";

describe("answer input", () => {
  const base = { questionId: "investment-1", level: 2 };
  it("accepts a level, not sure, notes and an http(s) evidence link", () => {
    expect(ZAnswerInput.parse(base)).toEqual({ ...base, notSure: false, notes: "", evidenceUrl: "" });
    expect(ZAnswerInput.parse({ ...base, level: null, notSure: true }).notSure).toBe(true);
    expect(ZAnswerInput.parse({ ...base, evidenceUrl: "https://wiki.example.com/x" }).evidenceUrl).toBe(
      "https://wiki.example.com/x",
    );
  });
  it("rejects bad input with a message", () => {
    const fail = (input: unknown) => ZAnswerInput.safeParse(input).success;
    expect(fail({ ...base, level: 2.5 })).toBe(false);
    expect(fail({ ...base, level: "2" })).toBe(false);
    expect(fail({ ...base, level: 2, notSure: true })).toBe(false);
    expect(fail({ ...base, notes: "x".repeat(2001) })).toBe(false);
    expect(fail({ ...base, evidenceUrl: "javascript:alert(1)" })).toBe(false);
    expect(fail({ ...base, extra: 1 })).toBe(false);
    expect(fail({ level: 1 })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isoDay, isoDayOrNull } from "@/lib/dates";

describe("isoDay", () => {
  it("formats a date as its UTC calendar day", () => {
    expect(isoDay(new Date("2026-03-04T00:00:00Z"))).toBe("2026-03-04");
    expect(isoDay(new Date("2026-03-04T23:59:59.999Z"))).toBe("2026-03-04");
  });
  it("defaults to today", () => {
    expect(isoDay()).toBe(new Date().toISOString().slice(0, 10));
  });
  it("passes null through for nullable DATE columns", () => {
    expect(isoDayOrNull(new Date("2026-03-04T00:00:00Z"))).toBe("2026-03-04");
    expect(isoDayOrNull(null)).toBeNull();
    expect(isoDayOrNull(undefined)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import {
  quarterLabel,
  quarterOf,
  quarterStart,
  quartersBetween,
  shiftQuarter,
} from "@/lib/dashboard/quarters";
import { countStaleness, daysSince, staleCutoff, staleness } from "@/lib/dashboard/staleness";

const d = (iso: string) => new Date(iso);

describe("quarter bucketing (UTC)", () => {
  it("buckets by calendar quarter in UTC", () => {
    expect(quarterOf(d("2026-01-01T00:00:00Z"))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(d("2026-03-31T23:59:59Z"))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(d("2026-04-01T00:00:00Z"))).toEqual({ year: 2026, quarter: 2 });
    // 23:30 on 30 Sep in New York is already Q4 in UTC.
    expect(quarterLabel(d("2026-09-30T23:30:00-04:00"))).toBe("2026 Q4");
    expect(quarterStart(d("2026-11-15T12:00:00Z")).toISOString()).toBe("2026-10-01T00:00:00.000Z");
  });
  it("shifts across year boundaries", () => {
    expect(shiftQuarter(d("2026-02-10T00:00:00Z"), -1).toISOString()).toBe("2025-10-01T00:00:00.000Z");
    expect(shiftQuarter(d("2025-12-31T00:00:00Z"), 1).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
  it("lists every quarter in a range, gaps included", () => {
    expect(quartersBetween(d("2025-08-01T00:00:00Z"), d("2026-05-01T00:00:00Z")).map(quarterLabel)).toEqual([
      "2025 Q3",
      "2025 Q4",
      "2026 Q1",
      "2026 Q2",
    ]);
    expect(quartersBetween(d("2026-05-01T00:00:00Z"), d("2025-08-01T00:00:00Z"))).toEqual([]);
  });
});

describe("staleness", () => {
  const now = d("2026-06-30T12:00:00Z");
  it("counts whole days", () => {
    expect(daysSince(d("2026-06-29T12:00:00Z"), now)).toBe(1);
    expect(daysSince(d("2026-06-29T12:00:01Z"), now)).toBe(0);
    expect(daysSince(d("2026-07-30T00:00:00Z"), now)).toBe(0);
  });
  it("is fresh at exactly N days and stale after; never assessed is its own state", () => {
    expect(staleness(d("2026-04-01T12:00:00Z"), now, 90)).toBe("fresh"); // 90 days
    expect(staleness(d("2026-03-31T12:00:00Z"), now, 90)).toBe("stale"); // 91 days
    expect(staleness(null, now, 90)).toBe("never");
  });
  it("agrees with the SQL cut-off", () => {
    const cutoff = staleCutoff(now, 90);
    for (const iso of [
      "2026-03-31T12:00:00Z",
      "2026-03-31T12:00:01Z",
      "2026-03-31T11:59:59Z",
      "2026-04-01T12:00:00Z",
    ]) {
      expect(staleness(d(iso), now, 90) === "stale", iso).toBe(d(iso) <= cutoff);
    }
  });
  it("counts an empty org, a single team and mixed teams", () => {
    expect(countStaleness([], now, 90)).toEqual({ fresh: 0, stale: 0, never: 0 });
    expect(countStaleness([d("2026-06-01T00:00:00Z")], now, 90)).toEqual({ fresh: 1, stale: 0, never: 0 });
    expect(
      countStaleness([d("2026-06-01T00:00:00Z"), null, d("2025-01-01T00:00:00Z"), null], now, 90),
    ).toEqual({ fresh: 1, stale: 1, never: 2 });
  });
});

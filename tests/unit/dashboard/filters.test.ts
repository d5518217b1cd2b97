import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, dashboardQuery, dateBounds, parseDashboardFilters } from "@/lib/dashboard/filters";

describe("dashboard filters from the URL", () => {
  it("defaults when nothing or empty values are given", () => {
    expect(parseDashboardFilters({})).toEqual({ filters: DEFAULT_FILTERS, notes: [] });
    expect(parseDashboardFilters({ group: "", from: " ", model: "" }).notes).toEqual([]);
  });
  it("parses every filter", () => {
    const { filters, notes } = parseDashboardFilters({
      group: "Commerce",
      model: "cncf-platform-engineering:1",
      from: "2026-01-01",
      to: "2026-03-31",
      stale: "30",
      sort: "level",
      page: "3",
      conf: "medium",
    });
    expect(notes).toEqual([]);
    expect(filters).toEqual({
      group: "Commerce",
      model: { key: "cncf-platform-engineering", version: 1 },
      from: "2026-01-01",
      to: "2026-03-31",
      stale: 30,
      sort: "level",
      page: 3,
      conf: "medium",
    });
    expect(dashboardQuery(filters)).toContain("conf=medium");
  });
  it("ignores a confidence filter other than medium or high", () => {
    const { filters, notes } = parseDashboardFilters({ conf: "low" });
    expect(filters.conf).toBeNull();
    expect(notes).toEqual(['Ignored the confidence (medium or high): "low" is not valid.']);
  });
  it("ignores invalid values one by one and says so", () => {
    const { filters, notes } = parseDashboardFilters({
      model: "cncf; drop table",
      from: "2026-02-30",
      stale: "-4",
      sort: "random",
      page: "x",
      group: "Core",
    });
    expect(filters).toEqual({ ...DEFAULT_FILTERS, group: "Core" });
    expect(notes).toHaveLength(5);
    expect(notes[0]).toMatch(/model/);
  });
  it("drops a reversed date range", () => {
    const { filters, notes } = parseDashboardFilters({ from: "2026-05-01", to: "2026-01-01" });
    expect([filters.from, filters.to]).toEqual([null, null]);
    expect(notes[0]).toMatch(/after/);
  });
  it("takes the first of repeated parameters", () => {
    expect(parseDashboardFilters({ group: ["A", "B"] }).filters.group).toBe("A");
  });
  it("round-trips through the query string, leaving out defaults", () => {
    expect(dashboardQuery(DEFAULT_FILTERS)).toBe("");
    const { filters } = parseDashboardFilters({ group: "Core Platform", model: "m:2", stale: "30" });
    const query = dashboardQuery(filters, { page: 2 });
    expect(query).toBe("?group=Core+Platform&model=m%3A2&stale=30&page=2");
    const back = parseDashboardFilters(Object.fromEntries(new URLSearchParams(query)));
    expect(back.filters).toEqual({ ...filters, page: 2 });
  });
  it("turns dates into a half-open UTC range", () => {
    const { from, until } = dateBounds({ from: "2026-01-01", to: "2026-03-31" });
    expect(from?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(until?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(dateBounds({ from: null, to: null })).toEqual({ from: null, until: null });
  });
});

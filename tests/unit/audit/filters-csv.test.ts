import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { auditCsv, auditCsvFileName } from "@/lib/audit/csv";
import { auditSearchQuery, parseAuditSearch } from "@/lib/audit/filters";

describe("parseAuditSearch", () => {
  it("keeps valid filters from the URL", () => {
    const { search, invalid } = parseAuditSearch({
      actor: " ada ",
      action: "member.role_changed",
      from: "2026-11-01",
      to: "2026-11-29",
      page: "3",
    });
    expect(search).toEqual({
      actor: "ada",
      action: "member.role_changed",
      from: "2026-11-01",
      to: "2026-11-29",
      page: 3,
    });
    expect(invalid).toEqual([]);
  });

  it("drops and names invalid fields instead of failing", () => {
    const { search, invalid } = parseAuditSearch(
      new URLSearchParams("action=drop.table&from=2026-13-45&to=yesterday&page=-2&actor=" + "x".repeat(201)),
    );
    expect(search).toEqual({ actor: null, action: null, from: null, to: null, page: 1 });
    expect(invalid.sort()).toEqual(["action", "actor", "from", "page", "to"]);
  });

  it("swaps a reversed date range", () => {
    const { search } = parseAuditSearch({ from: "2026-11-29", to: "2026-11-01" });
    expect([search.from, search.to]).toEqual(["2026-11-01", "2026-11-29"]);
  });

  it("round-trips through the query string", () => {
    const { search } = parseAuditSearch({ actor: "a b", action: "invite.created", page: "2" });
    expect(auditSearchQuery(search)).toBe("?actor=a+b&action=invite.created&page=2");
    expect(auditSearchQuery(search, { page: 1 })).toBe("?actor=a+b&action=invite.created");
  });
});

describe("auditCsv", () => {
  const row = {
    occurredAt: new Date("2026-11-29T10:00:00.000Z"),
    actorLabel: '=HYPERLINK("http://evil")',
    actorUserId: "u1",
    action: "member.role_changed",
    targetType: "user",
    targetId: "u2",
    targetLabel: "-2+3",
    ip: "203.0.113.7",
    userAgent: "@agent",
    requestId: null,
    details: { from: "MEMBER", to: "LEAD" },
  };

  it("escapes formula-looking cells and keeps everything else readable", () => {
    const csv = auditCsv([row]);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[0]?.[0]).toBe("occurred_at");
    const cells = parsed[1]!;
    expect(cells[0]).toBe("2026-11-29T10:00:00.000Z");
    expect(cells[1]).toBe('\'=HYPERLINK("http://evil")');
    expect(cells[6]).toBe("'-2+3");
    expect(cells[8]).toBe("'@agent");
    expect(JSON.parse(cells[10]!)).toEqual({ from: "MEMBER", to: "LEAD" });
  });

  it("names the file safely", () => {
    expect(auditCsvFileName('acme"; x', new Date("2026-11-29T23:00:00Z"))).toBe("audit-acmex-2026-11-29.csv");
  });
});

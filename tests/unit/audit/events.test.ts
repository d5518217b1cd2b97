import { describe, expect, it } from "vitest";
import {
  auditMetaFromHeaders,
  sanitizeAuditDetails,
  ZAuditAction,
  ZAuditRetentionDays,
} from "@/lib/audit/events";

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe("auditMetaFromHeaders", () => {
  const all = {
    "x-forwarded-for": " 198.51.100.4 , 203.0.113.7",
    "x-real-ip": "10.0.0.9",
    "user-agent": "Mozilla/5.0",
    "x-request-id": "abc-123-def",
  };

  it("behind one trusted proxy takes the hop that proxy appended, not the client's first one", () => {
    expect(auditMetaFromHeaders(headers(all), { remoteAddress: "10.0.0.1", trustedHops: 1 })).toEqual({
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0",
      requestId: "abc-123-def",
    });
  });

  it("without a trusted proxy ignores X-Forwarded-For and X-Real-IP and records the socket peer", () => {
    const meta = auditMetaFromHeaders(headers(all), { remoteAddress: "::ffff:192.0.2.10", trustedHops: 0 });
    expect(meta.ip).toBe("192.0.2.10");
  });

  it("is null for what is missing and clips long values", () => {
    const meta = auditMetaFromHeaders(headers({ "user-agent": "x".repeat(2000) }), {
      remoteAddress: undefined,
      trustedHops: 0,
    });
    expect(meta.ip).toBeNull();
    expect(meta.userAgent).toHaveLength(512);
    expect(meta.requestId).toBeNull();
  });
});

describe("sanitizeAuditDetails", () => {
  it("drops secret-looking keys and clips strings", () => {
    const out = sanitizeAuditDetails({
      password: "p",
      newPassword: "p",
      clientSecret: "s",
      tokenHash: "h",
      api_key: "k",
      role: "ADMIN",
      note: "n".repeat(900),
    });
    expect(Object.keys(out)).toEqual(["role", "note"]);
    expect((out.note as string).length).toBe(500);
  });

  it("keeps at most 20 keys", () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(sanitizeAuditDetails(many))).toHaveLength(20);
  });
});

describe("closed sets and bounds", () => {
  it("accepts only known actions", () => {
    expect(ZAuditAction.safeParse("member.role_changed").success).toBe(true);
    expect(ZAuditAction.safeParse("member.hacked").success).toBe(false);
  });

  it("bounds retention to 30..3650 whole days", () => {
    expect(ZAuditRetentionDays.safeParse("365").data).toBe(365);
    for (const bad of ["29", "3651", "12.5", "abc", ""]) {
      expect(ZAuditRetentionDays.safeParse(bad).success, bad).toBe(false);
    }
  });
});

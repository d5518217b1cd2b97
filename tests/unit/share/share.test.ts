import { describe, expect, it } from "vitest";
import { signGrant, verifyGrant } from "@/lib/share/grant";
import {
  canShare,
  SHARE_DEFAULT_DAYS,
  shareExpiresAt,
  shareStatus,
  ZShareLinkInput,
} from "@/lib/share/rules";
import { generateShareToken, hashShareToken, isShareTokenFormat, sameDigest } from "@/lib/share/token";

describe("share tokens", () => {
  it("are sws_ + 43 base64url characters (256 bits), stored as their SHA-256", () => {
    const { token, hash } = generateShareToken();
    expect(token).toMatch(/^sws_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    expect(hash).toBe(hashShareToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(generateShareToken().token).not.toBe(token);
  });

  it("refuse anything without the token's shape", () => {
    expect(isShareTokenFormat(generateShareToken().token)).toBe(true);
    for (const bad of [
      "",
      "sws_",
      "swp_" + "a".repeat(43),
      "sws_" + "a".repeat(42),
      "sws_" + "a".repeat(44),
      "sws_" + "a".repeat(42) + "%",
    ])
      expect(isShareTokenFormat(bad)).toBe(false);
  });

  it("compare digests in constant time, false for other lengths or non-hex", () => {
    const h = hashShareToken("x");
    expect(sameDigest(h, h)).toBe(true);
    expect(sameDigest(h, hashShareToken("y"))).toBe(false);
    expect(sameDigest(h, h.slice(2))).toBe(false);
    expect(sameDigest(h, "zz")).toBe(false);
  });
});

describe("share link rules", () => {
  const now = new Date("2026-11-30T00:00:00Z");

  it("expire after 30 days by default, exactly at expiresAt", () => {
    const at = shareExpiresAt(now);
    expect(at.toISOString()).toBe("2026-12-30T00:00:00.000Z");
    expect(SHARE_DEFAULT_DAYS).toBe(30);
    expect(shareStatus({ revokedAt: null, expiresAt: at }, new Date(at.getTime() - 1))).toBe("active");
    expect(shareStatus({ revokedAt: null, expiresAt: at }, at)).toBe("expired");
    expect(shareStatus({ revokedAt: now, expiresAt: at }, now)).toBe("revoked");
    expect(shareStatus({ revokedAt: now, expiresAt: now }, at)).toBe("revoked");
  });

  it("admins share anything, leads only their own teams' results", () => {
    expect(canShare("ORG_OVERVIEW", "ADMIN", false)).toBe(true);
    expect(canShare("TEAM_RESULTS", "ADMIN", false)).toBe(true);
    expect(canShare("TEAM_RESULTS", "LEAD", true)).toBe(true);
    expect(canShare("TEAM_RESULTS", "LEAD", false)).toBe(false);
    expect(canShare("ORG_OVERVIEW", "LEAD", true)).toBe(false);
    for (const role of ["FACILITATOR", "MEMBER", "VIEWER", "OWNER"])
      expect(canShare("TEAM_RESULTS", role, true)).toBe(false);
  });

  it("parse input with clear messages: expiry 1-365 days, passcode empty or 6-100 characters", () => {
    expect(ZShareLinkInput.parse({ kind: "TEAM_RESULTS", assessmentId: "a1" })).toEqual({
      kind: "TEAM_RESULTS",
      assessmentId: "a1",
      expiresInDays: 30,
      password: "",
    });
    expect(
      ZShareLinkInput.parse({ kind: "ORG_OVERVIEW", expiresInDays: "7", password: "secret!" }),
    ).toMatchObject({
      expiresInDays: 7,
      filters: "",
    });
    const msg = (input: unknown) => {
      const r = ZShareLinkInput.safeParse(input);
      return r.success ? null : r.error.issues[0]?.message;
    };
    expect(msg({ kind: "TEAM_RESULTS", assessmentId: "a", password: "12345" })).toMatch(/at least 6/);
    expect(msg({ kind: "TEAM_RESULTS", assessmentId: "a", expiresInDays: "400" })).toMatch(/at most 365/);
    expect(msg({ kind: "TEAM_RESULTS", assessmentId: "a", expiresInDays: "0" })).toMatch(/at least 1 day/);
    expect(msg({ kind: "TEAM_RESULTS", assessmentId: "" })).toBe("Missing id.");
    expect(msg({ kind: "OTHER" })).toBeTruthy();
  });
});

describe("passcode grants", () => {
  const secret = "s".repeat(40);
  const exp = Date.now() + 60_000;

  it("verify for the same link, passcode tag and secret until they expire", () => {
    const value = signGrant(secret, "link1", "tag", exp);
    expect(verifyGrant(secret, "link1", "tag", value)).toBe(true);
    expect(verifyGrant(secret, "link2", "tag", value)).toBe(false);
    expect(verifyGrant(secret, "link1", "other", value)).toBe(false);
    expect(verifyGrant("t".repeat(40), "link1", "tag", value)).toBe(false);
    expect(verifyGrant(secret, "link1", "tag", value, exp)).toBe(false);
    expect(verifyGrant(secret, "link1", "tag", `${exp + 1}.${value.split(".")[1]}`)).toBe(false);
    expect(verifyGrant(secret, "link1", "tag", undefined)).toBe(false);
    expect(verifyGrant(secret, "link1", "tag", "garbage")).toBe(false);
  });
});

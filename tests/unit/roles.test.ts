import { describe, expect, it } from "vitest";
import { canEditTeamAssessments, hasRole, ORG_ROLES } from "@/lib/roles";
import { slugify } from "@/lib/slug";
import { ZAnswerInput } from "@/lib/validation/answers";

describe("roles", () => {
  it("ranks VIEWER < MEMBER < LEAD < FACILITATOR < ADMIN", () => {
    const ordered = ["VIEWER", "MEMBER", "LEAD", "FACILITATOR", "ADMIN"] as const;
    ordered.forEach((role, i) => {
      ordered.forEach((min, j) => expect(hasRole(role, min)).toBe(i >= j));
    });
    expect([...ORG_ROLES].sort()).toEqual([...ordered].sort());
  });

  it("fails closed for unknown roles", () => {
    expect(hasRole("OWNER", "VIEWER")).toBe(false);
    expect(canEditTeamAssessments("SUPERUSER", true)).toBe(false);
  });

  it("lets leads edit only their own teams", () => {
    expect(canEditTeamAssessments("LEAD", true)).toBe(true);
    expect(canEditTeamAssessments("LEAD", false)).toBe(false);
    expect(canEditTeamAssessments("MEMBER", true)).toBe(false);
    expect(canEditTeamAssessments("VIEWER", true)).toBe(false);
    expect(canEditTeamAssessments("FACILITATOR", false)).toBe(true);
    expect(canEditTeamAssessments("ADMIN", false)).toBe(true);
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs", () => {
    expect(slugify("Acme Platform Co.")).toBe("acme-platform-co");
    expect(slugify("  Ünïcode Straße ")).toBe("unicode-stra-e");
    expect(slugify("!!!")).toBe("org");
    expect(slugify("x".repeat(100))).toHaveLength(40);
  });
});

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

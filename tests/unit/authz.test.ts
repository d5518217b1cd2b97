import { describe, expect, it } from "vitest";
import {
  assertRole,
  canEditJourney,
  canEditTeamAssessments,
  canEditTeamPlan,
  hasRole,
  ORG_ROLES,
  ROLE_FORBIDDEN_MESSAGE,
  type TOrgRole,
} from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";

const ordered = ["VIEWER", "MEMBER", "LEAD", "FACILITATOR", "ADMIN"] as const;

describe("roles", () => {
  it("ranks VIEWER < MEMBER < LEAD < FACILITATOR < ADMIN", () => {
    ordered.forEach((role, i) => {
      ordered.forEach((min, j) => expect(hasRole(role, min)).toBe(i >= j));
    });
    expect([...ORG_ROLES].sort()).toEqual([...ordered].sort());
  });

  it("fails closed for unknown roles", () => {
    expect(hasRole("OWNER", "VIEWER")).toBe(false);
    expect(canEditTeamAssessments("SUPERUSER", true)).toBe(false);
    expect(canEditJourney("SUPERUSER", null)).toBe(false);
    expect(canEditTeamPlan("OWNER", true)).toBe(false);
  });

  it("lets leads edit only their own teams", () => {
    expect(canEditTeamAssessments("LEAD", true)).toBe(true);
    expect(canEditTeamAssessments("LEAD", false)).toBe(false);
    expect(canEditTeamAssessments("MEMBER", true)).toBe(false);
    expect(canEditTeamAssessments("VIEWER", true)).toBe(false);
    expect(canEditTeamAssessments("FACILITATOR", false)).toBe(true);
    expect(canEditTeamAssessments("ADMIN", false)).toBe(true);
  });

  it("lets team editors change team journeys and only facilitators and admins change org-wide ones", () => {
    expect(canEditJourney("LEAD", true)).toBe(true);
    expect(canEditJourney("LEAD", false)).toBe(false);
    expect(canEditJourney("MEMBER", true)).toBe(false);
    expect(canEditJourney("LEAD", null)).toBe(false);
    expect(canEditJourney("FACILITATOR", null)).toBe(true);
    expect(canEditJourney("ADMIN", false)).toBe(true);
  });

  it("lets team leads and members, facilitators and admins change a plan; viewers and outsiders read", () => {
    expect(canEditTeamPlan("LEAD", true)).toBe(true);
    expect(canEditTeamPlan("MEMBER", true)).toBe(true);
    expect(canEditTeamPlan("FACILITATOR", false)).toBe(true);
    expect(canEditTeamPlan("ADMIN", false)).toBe(true);
    expect(canEditTeamPlan("LEAD", false)).toBe(false);
    expect(canEditTeamPlan("MEMBER", false)).toBe(false);
    expect(canEditTeamPlan("VIEWER", true)).toBe(false);
  });
});

describe("assertRole", () => {
  const refusal = (role: string, min: TOrgRole, message?: string) => {
    try {
      assertRole({ role }, min, message);
      return null;
    } catch (err) {
      return err;
    }
  };

  it("passes every role at or above the minimum and refuses every role below it", () => {
    ordered.forEach((role, i) => {
      ordered.forEach((min, j) => {
        const err = refusal(role, min);
        if (i >= j) expect(err).toBeNull();
        else expect(err).toBeInstanceOf(AppError);
      });
    });
  });

  it("always throws FORBIDDEN, with the default message or the caller's", () => {
    const plain = refusal("VIEWER", "MEMBER") as AppError;
    expect(plain.code).toBe("FORBIDDEN");
    expect(plain.message).toBe(ROLE_FORBIDDEN_MESSAGE);
    const worded = refusal("LEAD", "ADMIN", "Only admins can manage teams.") as AppError;
    expect(worded.code).toBe("FORBIDDEN");
    expect(worded.message).toBe("Only admins can manage teams.");
  });

  it("refuses unknown roles even for the lowest minimum", () => {
    expect((refusal("OWNER", "VIEWER") as AppError).code).toBe("FORBIDDEN");
    expect((refusal("", "VIEWER") as AppError).code).toBe("FORBIDDEN");
  });
});

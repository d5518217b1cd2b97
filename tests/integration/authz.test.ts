/**
 * lib/authz against real memberships: resolveOrgContext and the data functions refuse a role below
 * the minimum through the one gate (assertRole: FORBIDDEN), and never confuse it with NOT_FOUND.
 */
import { describe, expect, it } from "vitest";
import { assertRole, ORG_ROLES, resolveOrgContext, ROLE_FORBIDDEN_MESSAGE, hasRole } from "@/lib/authz";
import { db } from "@/lib/db";
import { requireJourneyEditor } from "@/lib/data/journeys";
import { createTeam } from "@/lib/data/teams";
import { createTenant } from "../fixtures/tenants";

describe("authorization (lib/authz)", () => {
  it("resolves a context for every role at or above the minimum and refuses the rest with FORBIDDEN", async () => {
    const tenant = await createTenant();
    for (const role of ORG_ROLES) {
      const ctx = await tenant.member(role);
      expect(ctx).toMatchObject({ orgId: tenant.org.id, orgSlug: tenant.org.slug, role });
      for (const minRole of ORG_ROLES) {
        const resolved = resolveOrgContext(ctx.userId, tenant.org.slug, minRole);
        if (hasRole(role, minRole)) {
          await expect(resolved).resolves.toEqual(ctx);
          expect(() => assertRole(ctx, minRole)).not.toThrow();
        } else {
          await expect(resolved).rejects.toMatchObject({
            code: "FORBIDDEN",
            message: ROLE_FORBIDDEN_MESSAGE,
          });
          expect(() => assertRole(ctx, minRole)).toThrow(ROLE_FORBIDDEN_MESSAGE);
        }
      }
    }
  });

  it("answers NOT_FOUND, not FORBIDDEN, for an organization the user is not in", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const adminA = await a.member("ADMIN");
    await expect(resolveOrgContext(adminA.userId, b.org.slug, "VIEWER")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("data functions gate on the role with assertRole and change nothing when refused", async () => {
    const tenant = await createTenant();
    const facilitator = await tenant.member("FACILITATOR");
    const lead = await tenant.member("LEAD", { inTeam: true });
    await expect(createTeam(facilitator, { name: "Refused", description: "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only admins can manage teams.",
    });
    expect(await db.team.count({ where: { organizationId: tenant.org.id, name: "Refused" } })).toBe(0);
    await expect(requireJourneyEditor(lead, tenant.teamId)).resolves.toMatchObject({ id: tenant.teamId });
    await expect(requireJourneyEditor(lead, null)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only facilitators and admins can change organization-wide journeys.",
    });
  });
});

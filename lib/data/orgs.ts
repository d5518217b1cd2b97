import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/slug";

/**
 * Creates an organization with the caller as its first ADMIN; the slug is made unique. Two people may
 * create the same name at the same moment: the unique index decides, and the loser tries a suffixed slug.
 */
export async function createOrganization(userId: string, input: { name: string }) {
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    const taken = await db.organization.findUnique({ where: { slug }, select: { id: true } });
    if (taken) continue;
    try {
      return await db.organization.create({
        data: { name: input.name.trim(), slug, memberships: { create: { userId, role: "ADMIN" } } },
        select: { id: true, slug: true, name: true },
      });
    } catch (err) {
      if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
    }
  }
  throw new AppError("CONFLICT", "Could not find a free address for this organization; try another name.");
}

export async function listMembers(ctx: OrgContext) {
  const memberships = await db.membership.findMany({
    where: { organizationId: ctx.orgId },
    select: {
      role: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          teams: {
            where: { team: { organizationId: ctx.orgId } },
            select: { team: { select: { id: true, name: true } } },
          },
        },
      },
    },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    teams: m.user.teams.map((t) => t.team),
  }));
}

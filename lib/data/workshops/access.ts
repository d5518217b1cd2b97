import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasRole, type TOrgRole } from "@/lib/authz/roles";

/**
 * Who is calling a workshop endpoint. Either a signed-in member of the workshop's organization (the
 * membership is checked against the database per request) or a guest holding the token of a
 * participant of THIS workshop. A guest token never resolves for another workshop id, and guests
 * have no OrgContext, so no org-scoped function can be called with their access.
 */
export type TWorkshopAccess = Readonly<{
  workshopId: string;
  orgId: string;
  /** Null for a member who has not joined (e.g. the facilitator watching the console). */
  participantId: string | null;
  isGuest: boolean;
  userId: string | null;
  role: TOrgRole | null;
  /** FACILITATOR and ADMIN run workshops; any of them keeps control after a reload. */
  canFacilitate: boolean;
}>;

export type TWorkshopCredentials = Readonly<{ userId: string | null; guestToken: string | null }>;

/** 256-bit random guest token (only its SHA-256 is stored). */
export function newGuestToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashGuestToken(token) };
}

export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Resolves the caller for `workshopId`; NOT_FOUND when they have no access (never says it exists). */
export async function resolveWorkshopAccess(
  workshopId: string,
  creds: TWorkshopCredentials,
): Promise<TWorkshopAccess> {
  if (creds.userId) {
    const member = await findMemberAccess(workshopId, creds.userId);
    if (member) return member;
  }
  if (creds.guestToken && creds.guestToken.length <= 100) {
    const guest = await db.workshopParticipant.findFirst({
      where: {
        guestTokenHash: hashGuestToken(creds.guestToken),
        workshopId,
        workshop: { expiresAt: { gt: new Date() } },
      },
      select: { id: true, workshop: { select: { organizationId: true } } },
    });
    if (guest) {
      return {
        workshopId,
        orgId: guest.workshop.organizationId,
        participantId: guest.id,
        isGuest: true,
        userId: null,
        role: null,
        canFacilitate: false,
      };
    }
  }
  throw new AppError("NOT_FOUND", "Workshop not found.");
}

async function findMemberAccess(workshopId: string, userId: string): Promise<TWorkshopAccess | null> {
  const row = await db.workshop.findFirst({
    where: { id: workshopId, organization: { memberships: { some: { userId } } } },
    select: {
      organizationId: true,
      organization: { select: { memberships: { where: { userId }, select: { role: true } } } },
      participants: { where: { userId }, select: { id: true } },
    },
  });
  const role = row?.organization.memberships[0]?.role;
  if (!row || !role) return null;
  return {
    workshopId,
    orgId: row.organizationId,
    participantId: row.participants[0]?.id ?? null,
    isGuest: false,
    userId,
    role,
    canFacilitate: hasRole(role, "FACILITATOR"),
  };
}

/** Throws FORBIDDEN unless the caller may run the workshop. */
export function requireFacilitator(access: TWorkshopAccess): void {
  if (!access.canFacilitate) throw new AppError("FORBIDDEN", "Only facilitators and admins run workshops.");
}

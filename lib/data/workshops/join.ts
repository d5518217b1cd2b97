import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { JOIN_CODE_PREFIX_LENGTH, normaliseJoinCode } from "@/lib/workshops/join-code";
import { assertRole } from "@/lib/authz/roles";
import { newGuestToken, type TWorkshopAccess } from "./access";
import { bumpAndNotify } from "./notify";
import { blockedFor, consumeRateLimit } from "../rate-limit";

const VIEWERS_CANNOT_JOIN = "Viewers can follow a workshop from its page but cannot join and vote.";

/**
 * Failed join attempts allowed per client IP and per code prefix in the window. Only failures count,
 * so a room of 40 people behind one office NAT joins fine, while guessing is capped: with 50-bit
 * codes, 10 guesses per 10 minutes per IP make finding a live code hopeless, and the per-prefix limit
 * stops someone who saw half a code from trying the rest.
 */
export const JOIN_FAILURE_LIMIT = { limit: 10, windowSeconds: 600 } as const;
/**
 * A hard ceiling on wrong codes per client IP, checked BEFORE the lookup: far above what typos from a
 * room behind one NAT reach, it stops scripted guessing. The soft limit above is only consulted after
 * a failed lookup, so a right code always gets in below the ceiling.
 */
export const JOIN_FAILURE_CEILING = { limit: 100, windowSeconds: 600 } as const;
/** Successful guest joins per client IP (a room behind one NAT fits; a join script does not). */
export const JOIN_SUCCESS_LIMIT = { limit: 60, windowSeconds: 600 } as const;
/** Participants per workshop (guests and members). */
export const MAX_PARTICIPANTS = 250;
export const MAX_DISPLAY_NAME = 40;

export type TJoinResult =
  | { ok: true; workshopId: string; participantId: string; guestToken: string | null; expiresAt: Date }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number; message?: string }
  | { ok: false; reason: "INVALID_CODE" };

export type TJoinInput = Readonly<{ code: string; displayName?: string; userId: string | null; ip: string }>;

/** Joins by code: an org member joins as themselves, anyone else as a guest with a display name. */
export async function joinWorkshopByCode(input: TJoinInput): Promise<TJoinResult> {
  const code = normaliseJoinCode(input.code);
  const ipKey = `wsjoin-fail:ip:${input.ip}`;
  const keys = [ipKey, ...(code ? [`wsjoin-fail:code:${code.slice(0, JOIN_CODE_PREFIX_LENGTH)}`] : [])];
  const ceiling = await blockedFor([{ key: ipKey, limit: JOIN_FAILURE_CEILING }]);
  if (ceiling !== null) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: ceiling };
  const workshop = code
    ? await db.workshop.findFirst({
        where: { joinCode: code, status: { not: "ENDED" }, expiresAt: { gt: new Date() } },
        select: { id: true, organizationId: true, expiresAt: true },
      })
    : null;
  if (!workshop) {
    // Only now, after a failed lookup, do the failure limits apply: a right code is never refused by them.
    const results = await Promise.all(
      keys.map((key) => consumeRateLimit(key, key === ipKey ? JOIN_FAILURE_CEILING : JOIN_FAILURE_LIMIT)),
    );
    const ipCount = results[0]!.count;
    const over = results.find((r, i) => (i === 0 ? ipCount > JOIN_FAILURE_LIMIT.limit : !r.isAllowed));
    if (over) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: over.retryAfterSeconds };
    return { ok: false, reason: "INVALID_CODE" };
  }
  const member = input.userId ? await findMember(workshop.organizationId, input.userId) : null;
  if (member) assertRole(member, "MEMBER", VIEWERS_CANNOT_JOIN);
  if (member) {
    const participantId = await addMember(workshop.id, member);
    return {
      ok: true,
      workshopId: workshop.id,
      participantId,
      guestToken: null,
      expiresAt: workshop.expiresAt,
    };
  }
  const displayName = input.displayName?.trim().slice(0, MAX_DISPLAY_NAME);
  if (!displayName)
    throw new AppError("INVALID_INPUT", "Enter the name the others will see.", {
      displayName: ["Enter a display name."],
    });
  const joins = await consumeRateLimit(`wsjoin-ok:ip:${input.ip}`, JOIN_SUCCESS_LIMIT);
  if (!joins.isAllowed)
    return {
      ok: false,
      reason: "RATE_LIMITED",
      retryAfterSeconds: joins.retryAfterSeconds,
      message: "Too many people joined from your network. Try again later.",
    };
  await assertNotFull(workshop.id);
  const { token, hash } = newGuestToken();
  const participantId = await db.$transaction(async (tx) => {
    const row = await tx.workshopParticipant.create({
      data: { workshopId: workshop.id, displayName, guestTokenHash: hash },
      select: { id: true },
    });
    await bumpAndNotify(tx, workshop.id);
    return row.id;
  });
  return {
    ok: true,
    workshopId: workshop.id,
    participantId,
    guestToken: token,
    expiresAt: workshop.expiresAt,
  };
}

/** A signed-in member joining from the workshop page (no code needed: they can see the org anyway). */
export async function joinAsMember(access: TWorkshopAccess): Promise<string> {
  if (access.isGuest || !access.userId) throw new AppError("FORBIDDEN", "Join with the workshop code.");
  if (access.participantId) return access.participantId;
  const open = await db.workshop.findFirst({
    where: {
      id: access.workshopId,
      organizationId: access.orgId,
      status: { not: "ENDED" },
      expiresAt: { gt: new Date() },
    },
    select: { id: true },
  });
  if (!open) throw new AppError("INVALID_STATE", "This workshop has ended.");
  const member = await findMember(access.orgId, access.userId);
  if (!member) throw new AppError("NOT_FOUND", "Workshop not found.");
  assertRole(member, "MEMBER", VIEWERS_CANNOT_JOIN);
  return addMember(access.workshopId, member);
}

async function findMember(orgId: string, userId: string) {
  const row = await db.membership.findFirst({
    where: { organizationId: orgId, userId },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  return row ? { userId: row.user.id, name: row.user.name, role: row.role } : null;
}

async function addMember(workshopId: string, member: { userId: string; name: string }): Promise<string> {
  const existing = await db.workshopParticipant.findUnique({
    where: { workshopId_userId: { workshopId, userId: member.userId } },
    select: { id: true },
  });
  if (existing) return existing.id;
  await assertNotFull(workshopId);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.workshopParticipant.create({
        data: { workshopId, userId: member.userId, displayName: member.name.slice(0, MAX_DISPLAY_NAME) },
        select: { id: true },
      });
      await bumpAndNotify(tx, workshopId);
      return row.id;
    });
  } catch (err) {
    // Two tabs joining at once: the unique (workshop, user) key keeps one row; use it.
    if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
    const row = await db.workshopParticipant.findUniqueOrThrow({
      where: { workshopId_userId: { workshopId, userId: member.userId } },
      select: { id: true },
    });
    return row.id;
  }
}

/**
 * Refuses a join past MAX_PARTICIPANTS. Not serialised (a lock would make simultaneous joins queue
 * behind each other): simultaneous joins may overshoot the cap by a few, which is harmless
 * for a cap against scripted floods.
 */
async function assertNotFull(workshopId: string) {
  const count = await db.workshopParticipant.count({ where: { workshopId } });
  if (count >= MAX_PARTICIPANTS)
    throw new AppError("INVALID_STATE", `This workshop is full (${MAX_PARTICIPANTS} participants).`);
}

/** The facilitator removes a participant: their votes go with them and a guest's token stops working. */
export async function removeParticipant(access: TWorkshopAccess, participantId: string) {
  if (!access.canFacilitate) throw new AppError("FORBIDDEN", "Only facilitators and admins run workshops.");
  return db.$transaction(async (tx) => {
    const { count } = await tx.workshopParticipant.deleteMany({
      where: { id: participantId, workshopId: access.workshopId, workshop: { organizationId: access.orgId } },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "Participant not found.");
    return { seq: await bumpAndNotify(tx, access.workshopId) };
  });
}

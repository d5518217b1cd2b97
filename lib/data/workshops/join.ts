import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { JOIN_CODE_PREFIX_LENGTH, normaliseJoinCode } from "@/lib/workshops/join-code";
import { newGuestToken, type TWorkshopAccess } from "./access";
import { bumpAndNotify } from "./notify";
import { consumeRateLimit } from "../rate-limit";

/**
 * Failed join attempts allowed per client IP and per code prefix in the window. Only failures count,
 * so a room of 40 people behind one office NAT joins fine, while guessing is capped: with 50-bit
 * codes, 10 guesses per 10 minutes per IP make finding a live code hopeless, and the per-prefix limit
 * stops someone who saw half a code from trying the rest.
 */
export const JOIN_FAILURE_LIMIT = { limit: 10, windowSeconds: 600 } as const;
export const MAX_DISPLAY_NAME = 40;

export type TJoinResult =
  | { ok: true; workshopId: string; participantId: string; guestToken: string | null; expiresAt: Date }
  | { ok: false; reason: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; reason: "INVALID_CODE" };

export type TJoinInput = Readonly<{ code: string; displayName?: string; userId: string | null; ip: string }>;

/** Joins by code: an org member joins as themselves, anyone else as a guest with a display name. */
export async function joinWorkshopByCode(input: TJoinInput): Promise<TJoinResult> {
  const code = normaliseJoinCode(input.code);
  const keys = [
    `wsjoin-fail:ip:${input.ip}`,
    ...(code ? [`wsjoin-fail:code:${code.slice(0, JOIN_CODE_PREFIX_LENGTH)}`] : []),
  ];
  const blocked = await firstBlocked(keys);
  if (blocked !== null) return { ok: false, reason: "RATE_LIMITED", retryAfterSeconds: blocked };
  const workshop = code
    ? await db.workshop.findFirst({
        where: { joinCode: code, status: { not: "ENDED" }, expiresAt: { gt: new Date() } },
        select: { id: true, organizationId: true, expiresAt: true },
      })
    : null;
  if (!workshop) {
    await Promise.all(keys.map((key) => consumeRateLimit(key, JOIN_FAILURE_LIMIT)));
    return { ok: false, reason: "INVALID_CODE" };
  }
  const member = input.userId ? await findMember(workshop.organizationId, input.userId) : null;
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
  return addMember(access.workshopId, member);
}

async function findMember(orgId: string, userId: string) {
  const row = await db.membership.findFirst({
    where: { organizationId: orgId, userId },
    select: { user: { select: { id: true, name: true } } },
  });
  return row ? { userId: row.user.id, name: row.user.name } : null;
}

async function addMember(workshopId: string, member: { userId: string; name: string }): Promise<string> {
  const existing = await db.workshopParticipant.findUnique({
    where: { workshopId_userId: { workshopId, userId: member.userId } },
    select: { id: true },
  });
  if (existing) return existing.id;
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

/** Seconds until the first over-limit key frees up, or null if none is over its limit (read only). */
async function firstBlocked(keys: readonly string[]): Promise<number | null> {
  const { limit, windowSeconds } = JOIN_FAILURE_LIMIT;
  const rows = await db.$queryRaw<Array<{ retry_after: number }>>`
    SELECT CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${windowSeconds}) - now())))::int AS retry_after
    FROM rate_limit_buckets
    WHERE key = ANY(${[...keys]}::text[]) AND count >= ${limit} AND window_start > now() - make_interval(secs => ${windowSeconds})`;
  if (rows.length === 0) return null;
  return Math.max(1, ...rows.map((r) => Number(r.retry_after)));
}

import "server-only";
import type { Prisma } from "@prisma/client";
import type { TTx } from "@/lib/db";
import { encodeNotice, WORKSHOP_CHANNEL } from "@/lib/realtime/channel";

/**
 * Bumps the workshop's state version and NOTIFYs every app instance. Call it inside the mutation's
 * transaction: PostgreSQL delivers the notification on commit, so listeners never load a state that
 * is not visible yet, and a rolled-back change notifies nobody.
 */
export async function bumpAndNotify(
  tx: TTx,
  workshopId: string,
  data: Prisma.WorkshopUpdateInput = {},
): Promise<number> {
  const { seq } = await tx.workshop.update({
    where: { id: workshopId },
    data: { ...data, seq: { increment: 1 } },
    select: { seq: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${WORKSHOP_CHANNEL}, ${encodeNotice({ workshopId, seq })})`;
  return seq;
}

import { db } from "@/lib/db";
import { resolveWorkshopAccess } from "@/lib/data/workshops/access";
import { joinWorkshopByCode } from "@/lib/data/workshops/join";
import { createWorkshop } from "@/lib/data/workshops";
import { createTenant, ensureModels } from "../fixtures/tenants";

let ipCounter = 0;
/** A fresh client address per call, so rate limits of one test never touch another. */
export const freshIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${(ipCounter += 1) % 250}.${Math.floor(Math.random() * 250)}`;

/** A tenant with a facilitator and a workshop on the tiny model (3 questions, 3 levels). */
export async function workshopFixture() {
  const models = await ensureModels();
  const t = await createTenant();
  const facilitator = await t.member("FACILITATOR");
  const { id } = await createWorkshop(facilitator, { teamId: t.teamId, modelId: models.tiny });
  const row = await db.workshop.findUniqueOrThrow({
    where: { id },
    select: { joinCode: true, assessmentId: true },
  });
  const facilitatorAccess = await resolveWorkshopAccess(id, { userId: facilitator.userId, guestToken: null });
  /** Joins a guest by code and returns their token and access. */
  async function guest(name: string) {
    const joined = await joinWorkshopByCode({
      code: row.joinCode,
      displayName: name,
      userId: null,
      ip: freshIp(),
    });
    if (!joined.ok || !joined.guestToken) throw new Error(`join failed: ${JSON.stringify(joined)}`);
    return {
      token: joined.guestToken,
      access: await resolveWorkshopAccess(id, { userId: null, guestToken: joined.guestToken }),
    };
  }
  return {
    t,
    models,
    facilitator,
    facilitatorAccess,
    workshopId: id,
    joinCode: row.joinCode,
    assessmentId: row.assessmentId,
    guest,
  };
}

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { resolveWorkshopAccess } from "@/lib/data/workshops/access";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import * as workshopEnd from "@/lib/data/workshops/end";
import * as workshopJoin from "@/lib/data/workshops/join";
import { castVote } from "@/lib/data/workshops/votes";
import { getPublicState } from "@/lib/data/workshops/state";
import { createWorkshop } from "@/lib/data/workshops";
import { ensureModels } from "../fixtures/tenants";
import { freshIp, workshopFixture } from "./workshop-helpers";

const { joinAsMember, joinWorkshopByCode } = workshopJoin;

beforeAll(async () => {
  await ensureModels();
});

describe("workshop drafts cannot be submitted during the workshop (issue 12 #3)", () => {
  it("refuses submit while the workshop runs; End and submit still works afterwards", async () => {
    const w = await workshopFixture();
    const lead = await w.t.member("LEAD", { inTeam: true });
    const ada = await w.guest("Ada");
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    await runWorkshopCommand(w.facilitatorAccess, { type: "consensus", level: 2, notSure: false, notes: "" });
    // Give the draft an answer the normal way, so only the mode stands in the way of submitting.
    await db.answer.create({
      data: { assessmentId: w.assessmentId, questionId: "delivery-2", level: 1, updatedById: lead.userId },
    });
    await expect(submitAssessment(lead, w.assessmentId)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(submitAssessment(w.facilitator, w.assessmentId)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(workshopEnd.endWorkshop(w.facilitatorAccess)).resolves.toMatchObject({
      assessmentId: w.assessmentId,
    });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("cancel: the join code stops working and the draft is an ordinary draft again", async () => {
    const w = await workshopFixture();
    const { cancelWorkshop } = workshopEnd as unknown as {
      cancelWorkshop: (a: typeof w.facilitatorAccess) => Promise<unknown>;
    };
    expect(typeof cancelWorkshop).toBe("function");
    await cancelWorkshop(w.facilitatorAccess);
    expect(
      await joinWorkshopByCode({ code: w.joinCode, displayName: "Late", userId: null, ip: freshIp() }),
    ).toMatchObject({ ok: false, reason: "INVALID_CODE" });
    const row = await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } });
    expect(row).toMatchObject({ status: "DRAFT", mode: "SOLO" });
    const lead = await w.t.member("LEAD", { inTeam: true });
    await saveAnswer(lead, w.assessmentId, {
      questionId: "delivery-1",
      level: 2,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    await expect(submitAssessment(lead, w.assessmentId)).resolves.toMatchObject({ id: w.assessmentId });
  });

  it("attaching a draft and submitting it at the same time never leaves a workshop on a submitted assessment", async () => {
    const { t, facilitator, models } = await workshopFixture();
    for (let i = 0; i < 6; i += 1) {
      const { id } = await startAssessment(facilitator, { teamId: t.teamId, modelId: models.tiny });
      await saveAnswer(facilitator, id, {
        questionId: "delivery-1",
        level: 2,
        notSure: false,
        notes: "",
        evidenceUrl: "",
      });
      await Promise.allSettled([
        createWorkshop(facilitator, { assessmentId: id }),
        submitAssessment(facilitator, id),
      ]);
      const row = await db.assessment.findUniqueOrThrow({
        where: { id },
        select: { status: true, workshop: { select: { status: true } } },
      });
      expect(row.status === "SUBMITTED" && row.workshop?.status !== "ENDED" && row.workshop).toBeFalsy();
    }
  });
});

describe("workshop join abuse (issue 12 #5)", () => {
  it("typos from one address never lock out the right code; the failure limit answers wrong codes only", async () => {
    const w = await workshopFixture();
    const office = freshIp();
    for (let i = 0; i < 12; i += 1)
      await joinWorkshopByCode({ code: "ZZZZZ-ZZZZZ", displayName: "x", userId: null, ip: office });
    expect(
      await joinWorkshopByCode({ code: "ZZZZZ-ZZZZY", displayName: "x", userId: null, ip: office }),
    ).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    await expect(
      joinWorkshopByCode({ code: w.joinCode, displayName: "Right code", userId: null, ip: office }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("limits successful guest joins per address and caps participants per workshop", async () => {
    const w = await workshopFixture();
    const { JOIN_SUCCESS_LIMIT, MAX_PARTICIPANTS } = workshopJoin as unknown as {
      JOIN_SUCCESS_LIMIT?: { limit: number };
      MAX_PARTICIPANTS?: number;
    };
    expect(JOIN_SUCCESS_LIMIT?.limit).toBeGreaterThan(0);
    const script = freshIp();
    const outcomes: string[] = [];
    for (let i = 0; i < JOIN_SUCCESS_LIMIT!.limit + 2; i += 1) {
      const r = await joinWorkshopByCode({
        code: w.joinCode,
        displayName: `bot ${i}`,
        userId: null,
        ip: script,
      });
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(JOIN_SUCCESS_LIMIT!.limit);
    expect(outcomes.slice(-2)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);

    // Fill the workshop from many addresses up to the cap.
    const already = await db.workshopParticipant.count({ where: { workshopId: w.workshopId } });
    await db.workshopParticipant.createMany({
      data: Array.from({ length: MAX_PARTICIPANTS! - already }, (_, i) => ({
        workshopId: w.workshopId,
        displayName: `filler ${i}`,
        guestTokenHash: `filler-${w.workshopId}-${i}`,
      })),
    });
    await expect(
      joinWorkshopByCode({ code: w.joinCode, displayName: "One too many", userId: null, ip: freshIp() }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  }, 120_000);

  it("the facilitator removes a participant: their token stops working", async () => {
    const w = await workshopFixture();
    const ada = await w.guest("Ada");
    const { removeParticipant } = workshopJoin as unknown as {
      removeParticipant: (a: typeof w.facilitatorAccess, id: string) => Promise<unknown>;
    };
    expect(typeof removeParticipant).toBe("function");
    await expect(removeParticipant(ada.access, ada.access.participantId!)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await removeParticipant(w.facilitatorAccess, ada.access.participantId!);
    await expect(
      resolveWorkshopAccess(w.workshopId, { userId: null, guestToken: ada.token }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getPublicState(w.facilitatorAccess)).participants).toHaveLength(0);
  });
});

describe("viewers in workshops (issue 12 #7)", () => {
  it("a viewer can neither join (by code or from the page) nor vote", async () => {
    const w = await workshopFixture();
    const viewer = await w.t.member("VIEWER", { inTeam: true });
    await expect(
      joinWorkshopByCode({ code: w.joinCode, userId: viewer.userId, ip: freshIp() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const access = await resolveWorkshopAccess(w.workshopId, { userId: viewer.userId, guestToken: null });
    await expect(joinAsMember(access)).rejects.toMatchObject({ code: "FORBIDDEN" });

    // A member who joined and was then demoted to viewer cannot vote either.
    const member = await w.t.member("MEMBER", { inTeam: true });
    const memberAccess = await resolveWorkshopAccess(w.workshopId, {
      userId: member.userId,
      guestToken: null,
    });
    await joinAsMember(memberAccess);
    await db.membership.updateMany({
      where: { userId: member.userId, organizationId: w.t.org.id },
      data: { role: "VIEWER" },
    });
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    const demoted = await resolveWorkshopAccess(w.workshopId, { userId: member.userId, guestToken: null });
    await expect(
      castVote(demoted, { questionId: "delivery-1", level: 2, notSure: false }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.workshopVote.count({ where: { workshopId: w.workshopId } })).toBe(0);
  });
});

describe("workshop consensus last-writer-wins (issue 12 #13)", () => {
  it("a second facilitator recording over a consensus they did not see gets a conflict", async () => {
    const w = await workshopFixture();
    const other = await w.t.member("FACILITATOR");
    const otherAccess = await resolveWorkshopAccess(w.workshopId, { userId: other.userId, guestToken: null });
    const ada = await w.guest("Ada");
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    const seen = (await getPublicState(w.facilitatorAccess)).consensus as { version?: number } | null;
    const version = seen?.version ?? 0;
    await runWorkshopCommand(w.facilitatorAccess, {
      type: "consensus",
      level: 2,
      notSure: false,
      notes: "agreed",
      expectedVersion: version,
    } as never);
    await expect(
      runWorkshopCommand(otherAccess, {
        type: "consensus",
        level: 3,
        notSure: false,
        notes: "mine",
        expectedVersion: version,
      } as never),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getPublicState(w.facilitatorAccess)).consensus).toMatchObject({
      level: 2,
      notes: "agreed",
    });
  });
});

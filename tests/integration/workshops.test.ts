import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveWorkshopAccess } from "@/lib/data/workshops/access";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { endWorkshop } from "@/lib/data/workshops/end";
import { joinWorkshopByCode } from "@/lib/data/workshops/join";
import { getWorkshopSummary } from "@/lib/data/workshops/summary";
import { castVote, getOwnVote } from "@/lib/data/workshops/votes";
import { getPublicState, loadPublicState } from "@/lib/data/workshops/state";
import { createWorkshop, getWorkshopConsole } from "@/lib/data/workshops";
import { ensureModels } from "../fixtures/tenants";
import { freshIp, workshopFixture } from "./workshop-helpers";

beforeAll(async () => {
  await ensureModels();
});

describe("workshop vote privacy", () => {
  it("hides every vote value until reveal, in state and for other participants", async () => {
    const w = await workshopFixture();
    const [ada, bo, cy] = [await w.guest("Ada"), await w.guest("Bo"), await w.guest("Cy")];
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 3, notSure: false });
    await castVote(bo.access, { questionId: "delivery-1", level: 1, notSure: false });
    await castVote(cy.access, { questionId: "delivery-1", level: null, notSure: true });

    const before = await getPublicState(w.facilitatorAccess);
    expect(before.votedIds.sort()).toEqual(
      [ada.access.participantId, bo.access.participantId, cy.access.participantId].sort(),
    );
    expect(before.result).toBeNull();
    expect(JSON.stringify(before)).not.toMatch(/"notSure":true|"participantId"|"distribution"/);
    // Each participant reads back only their own vote.
    expect(await getOwnVote(ada.access)).toEqual({ questionId: "delivery-1", level: 3, notSure: false });
    expect(await getOwnVote(w.facilitatorAccess)).toBeNull();
    // The summary does not even read unrevealed votes.
    const early = await getWorkshopSummary(ada.access);
    expect(early.rows[0]).toMatchObject({ votes: 0, summary: null });

    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    const after = await getPublicState(bo.access);
    expect(after.result?.summary).toMatchObject({ answered: 2, notSure: 1, median: 1, spread: 2 });
    await expect(
      castVote(bo.access, { questionId: "delivery-1", level: 2, notSure: false }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("refuses votes on a question the facilitator has left and invalid levels", async () => {
    const w = await workshopFixture();
    const ada = await w.guest("Ada");
    await expect(
      castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await expect(
      castVote(ada.access, { questionId: "delivery-1", level: 7, notSure: false }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await runWorkshopCommand(w.facilitatorAccess, { type: "goto", index: 1 });
    await expect(
      castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await castVote(ada.access, { questionId: "delivery-2", level: 2, notSure: false });
    await castVote(ada.access, { questionId: "delivery-2", level: 3, notSure: false }); // changing a vote
    expect(
      await db.workshopVote.findMany({
        where: { workshopId: w.workshopId },
        select: { questionId: true, level: true },
      }),
    ).toEqual([{ questionId: "delivery-2", level: 3 }]);
  });

  it("stores concurrent votes without losing one", async () => {
    const w = await workshopFixture();
    const guests = await Promise.all(Array.from({ length: 30 }, (_, i) => w.guest(`P${i}`)));
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await Promise.all(
      guests.map((g, i) =>
        castVote(g.access, { questionId: "delivery-1", level: (i % 3) + 1, notSure: false }),
      ),
    );
    expect(await db.workshopVote.count({ where: { workshopId: w.workshopId } })).toBe(30);
    const state = await loadPublicState(w.workshopId);
    expect(state?.votedIds).toHaveLength(30);
  });
});

describe("workshop guests and roles", () => {
  it("a guest token opens its own workshop only and cannot facilitate", async () => {
    const a = await workshopFixture();
    const b = await workshopFixture();
    const guest = await a.guest("Ada");
    expect(guest.access).toMatchObject({
      workshopId: a.workshopId,
      isGuest: true,
      canFacilitate: false,
      userId: null,
    });
    await expect(
      resolveWorkshopAccess(b.workshopId, { userId: null, guestToken: guest.token }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      resolveWorkshopAccess(a.workshopId, { userId: null, guestToken: `${guest.token}x` }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runWorkshopCommand(guest.access, { type: "start" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(endWorkshop(guest.access)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getWorkshopSummary(guest.access)).resultsHref).toBeNull();
    // Only the hash is stored.
    const stored = await db.workshopParticipant.findUniqueOrThrow({
      where: { id: guest.access.participantId! },
      select: { guestTokenHash: true },
    });
    expect(stored.guestTokenHash).not.toContain(guest.token);
    expect(stored.guestTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("members read, facilitators run, other organizations see nothing", async () => {
    const w = await workshopFixture();
    const other = await workshopFixture();
    const member = await w.t.member("MEMBER");
    const memberAccess = await resolveWorkshopAccess(w.workshopId, {
      userId: member.userId,
      guestToken: null,
    });
    expect(memberAccess).toMatchObject({ isGuest: false, canFacilitate: false, participantId: null });
    await expect(runWorkshopCommand(memberAccess, { type: "start" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createWorkshop(member, { teamId: w.t.teamId, modelId: w.models.tiny }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      resolveWorkshopAccess(w.workshopId, { userId: other.facilitator.userId, guestToken: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWorkshopConsole(other.facilitator, w.workshopId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A second facilitator of the same org takes over (e.g. after a reload on another device).
    const second = await w.t.member("ADMIN");
    const secondAccess = await resolveWorkshopAccess(w.workshopId, {
      userId: second.userId,
      guestToken: null,
    });
    await expect(runWorkshopCommand(secondAccess, { type: "start" })).resolves.toMatchObject({
      seq: expect.any(Number),
    });
  });
});

describe("workshop join codes", () => {
  it("members join as themselves, idempotently", async () => {
    const w = await workshopFixture();
    const member = await w.t.member("MEMBER");
    const first = await joinWorkshopByCode({
      code: w.joinCode.toLowerCase(),
      userId: member.userId,
      ip: freshIp(),
    });
    const again = await joinWorkshopByCode({
      code: `${w.joinCode.slice(0, 5)}-${w.joinCode.slice(5)}`,
      userId: member.userId,
      ip: freshIp(),
    });
    expect(first).toMatchObject({ ok: true, guestToken: null });
    expect(again).toMatchObject({ ok: true, participantId: first.ok ? first.participantId : "" });
    await expect(joinWorkshopByCode({ code: w.joinCode, userId: null, ip: freshIp() })).rejects.toMatchObject(
      { code: "INVALID_INPUT" },
    );
  });

  it("stop working when the workshop expires or ends", async () => {
    const w = await workshopFixture();
    await db.workshop.update({
      where: { id: w.workshopId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      await joinWorkshopByCode({ code: w.joinCode, displayName: "Late", userId: null, ip: freshIp() }),
    ).toEqual({ ok: false, reason: "INVALID_CODE" });
    const ended = await workshopFixture();
    const ada = await ended.guest("Ada");
    await runWorkshopCommand(ended.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    await runWorkshopCommand(ended.facilitatorAccess, { type: "reveal" });
    await runWorkshopCommand(ended.facilitatorAccess, {
      type: "consensus",
      level: 2,
      notSure: false,
      notes: "",
    });
    await endWorkshop(ended.facilitatorAccess);
    expect(
      await joinWorkshopByCode({ code: ended.joinCode, displayName: "Late", userId: null, ip: freshIp() }),
    ).toEqual({ ok: false, reason: "INVALID_CODE" });
  });

  it("rate-limits wrong codes per IP and per code prefix", async () => {
    const w = await workshopFixture();
    const ip = freshIp();
    for (let i = 0; i < 10; i += 1) {
      expect(
        await joinWorkshopByCode({
          code: "ZZZZZ-ZZZZ" + String(i % 10).replace(/\d/, "Z"),
          displayName: "X",
          userId: null,
          ip,
        }),
      ).toMatchObject({ ok: false });
    }
    // Further wrong codes from that address are refused as rate limited …
    expect(
      await joinWorkshopByCode({ code: "ZZZZZ-ZZZZY", displayName: "X", userId: null, ip }),
    ).toMatchObject({ ok: false, reason: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    // … but the limit is consulted only after a failed lookup: the right code still gets in.
    expect(await joinWorkshopByCode({ code: w.joinCode, displayName: "X", userId: null, ip })).toMatchObject({
      ok: true,
    });
    expect(
      await joinWorkshopByCode({ code: w.joinCode, displayName: "X", userId: null, ip: freshIp() }),
    ).toMatchObject({ ok: true });

    // Someone who saw the first half of a code, guessing the rest from many addresses.
    const target = await workshopFixture();
    const prefix = target.joinCode.slice(0, 5);
    const wrong = (i: number) =>
      `${prefix}${target.joinCode.slice(5, 9) === "0000" ? "1111" : "0000"}${"0123456789"[i]}`;
    for (let i = 0; i < 10; i += 1)
      await joinWorkshopByCode({ code: wrong(i), displayName: "X", userId: null, ip: freshIp() });
    expect(
      await joinWorkshopByCode({ code: wrong(0), displayName: "X", userId: null, ip: freshIp() }),
    ).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(
      await joinWorkshopByCode({ code: target.joinCode, displayName: "X", userId: null, ip: freshIp() }),
    ).toMatchObject({ ok: true });
  });
});

describe("ending a workshop", () => {
  it("writes the consensus answers, submits the assessment and freezes scores atomically", async () => {
    const w = await workshopFixture();
    const [ada, bo] = [await w.guest("Ada"), await w.guest("Bo")];
    await expect(endWorkshop(w.facilitatorAccess)).rejects.toMatchObject({ code: "INVALID_STATE" }); // nothing agreed yet
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    await castVote(bo.access, { questionId: "delivery-1", level: 3, notSure: false });
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    await runWorkshopCommand(w.facilitatorAccess, {
      type: "consensus",
      level: 3,
      notSure: false,
      notes: "Pipelines on merge",
    });
    await runWorkshopCommand(w.facilitatorAccess, { type: "goto", index: 2 });
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    await runWorkshopCommand(w.facilitatorAccess, {
      type: "consensus",
      level: null,
      notSure: true,
      notes: "",
    });

    const { assessmentId } = await endWorkshop(w.facilitatorAccess);
    const assessment = await db.assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      select: {
        status: true,
        mode: true,
        answers: {
          select: { questionId: true, level: true, notSure: true, notes: true },
          orderBy: { questionId: "asc" },
        },
        aspectScores: { select: { aspectId: true, level: true, answered: true } },
      },
    });
    expect(assessment).toMatchObject({ status: "SUBMITTED", mode: "WORKSHOP" });
    expect(assessment.answers).toEqual([
      { questionId: "delivery-1", level: 3, notSure: false, notes: "Pipelines on merge" },
      { questionId: "feedback-1", level: null, notSure: true, notes: "" },
    ]);
    expect(assessment.aspectScores.find((s) => s.aspectId === "delivery")).toMatchObject({
      level: 3,
      answered: 1,
    });
    const state = await getPublicState(ada.access);
    expect(state).toMatchObject({ status: "ENDED", question: null });
    await expect(endWorkshop(w.facilitatorAccess)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(runWorkshopCommand(w.facilitatorAccess, { type: "goto", index: 0 })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    const summary = await getWorkshopSummary(w.facilitatorAccess);
    expect(summary.participants.map((p) => p.name)).toEqual(["Ada", "Bo"]);
    expect(summary.rows[0]).toMatchObject({
      votes: 2,
      consensus: { level: 3 },
      notes: "Pipelines on merge",
      summary: { spread: 1 },
    });
  });

  it("attaches to an existing draft once", async () => {
    const w = await workshopFixture();
    await expect(createWorkshop(w.facilitator, { assessmentId: w.assessmentId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(createWorkshop(w.facilitator, { assessmentId: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

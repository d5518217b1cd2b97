import { describe, expect, it } from "vitest";
import { decodeNotice, encodeNotice } from "@/lib/realtime/channel";
import { sseFrame } from "@/lib/realtime/sse";
import {
  planCommand,
  timerRemainingSeconds,
  type TWorkshopCommand,
  type TWorkshopPhase,
} from "@/lib/workshops/commands";
import {
  CROCKFORD_ALPHABET,
  encodeJoinCode,
  formatJoinCode,
  normaliseJoinCode,
} from "@/lib/workshops/join-code";
import { projectPublicState, type TProjectionInput } from "@/lib/workshops/public-state";
import { workshopQuestions } from "@/lib/workshops/questions";
import { buildWorkshopSummary } from "@/lib/workshops/summary";
import { loadTinyModel } from "./workshop-fixture";
import { englishExplanations, renderMessage } from "@/i18n/render";

const model = loadTinyModel();
const questions = workshopQuestions(model);

describe("join codes", () => {
  it("encodes 50 random bits as 10 Crockford characters", () => {
    const code = encodeJoinCode(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(code).toBe("ZZZZZZZZZZ");
    expect(encodeJoinCode(new Uint8Array(7))).toBe("0000000000");
    // The last 6 bits of the 7th byte are unused; every other bit changes the code.
    expect(encodeJoinCode(Uint8Array.from([0, 0, 0, 0, 0, 0, 0x40]))).toBe("0000000001");
    expect(encodeJoinCode(Uint8Array.from([0x80, 0, 0, 0, 0, 0, 0]))).toBe("G000000000");
    expect(() => encodeJoinCode(new Uint8Array(6))).toThrow();
  });
  it("uses only the unambiguous alphabet and has ≥ 40 bits of entropy", () => {
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
    expect(10 * Math.log2(CROCKFORD_ALPHABET.length)).toBeGreaterThanOrEqual(40);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) seen.add(encodeJoinCode(crypto.getRandomValues(new Uint8Array(7))));
    expect(seen.size).toBe(2000);
  });
  it("normalises what people type", () => {
    expect(normaliseJoinCode("abcde-fghjk")).toBe("ABCDEFGHJK");
    expect(normaliseJoinCode(" 0O1IL - 23456 ")).toBe("0011123456");
    expect(normaliseJoinCode("ABCDE-FGHJ")).toBeNull();
    expect(normaliseJoinCode("ABCDE-FGHJU")).toBeNull();
    expect(normaliseJoinCode("ABCDE-FGHJ!")).toBeNull();
    expect(formatJoinCode("ABCDEFGHJK")).toBe("ABCDE-FGHJK");
  });
});

const running = (questionIndex = 0, revealed = false): TWorkshopPhase => ({
  status: "RUNNING",
  questionIndex,
  revealed,
});
const plan = (phase: TWorkshopPhase, command: TWorkshopCommand, revealedIds: string[] = []) =>
  planCommand({ phase, command, questions, revealedQuestionIds: new Set(revealedIds) });

describe("workshop commands", () => {
  it("starts from the lobby on the first question", () => {
    expect(plan({ status: "LOBBY", questionIndex: 0, revealed: false }, { type: "start" })).toEqual({
      ok: true,
      plan: { workshop: { status: "RUNNING", questionIndex: 0, revealed: false, restartTimer: true } },
    });
    expect(plan(running(), { type: "start" })).toMatchObject({ ok: false });
    expect(plan({ status: "LOBBY", questionIndex: 0, revealed: false }, { type: "reveal" })).toMatchObject({
      ok: false,
      message: "Start the workshop first.",
    });
  });
  it("reveals once, re-votes by clearing, and goes back to revealed questions revealed", () => {
    expect(plan(running(), { type: "reveal" })).toEqual({
      ok: true,
      plan: { workshop: { revealed: true }, revealItem: true },
    });
    expect(plan(running(0, true), { type: "reveal" })).toMatchObject({ ok: false });
    expect(plan(running(0, true), { type: "revote" })).toMatchObject({
      ok: true,
      plan: { clearVotes: true, workshop: { revealed: false } },
    });
    expect(plan(running(1), { type: "goto", index: 0 }, [questions[0]!.id])).toMatchObject({
      ok: true,
      plan: { workshop: { questionIndex: 0, revealed: true } },
    });
    expect(plan(running(0), { type: "goto", index: 1 })).toMatchObject({
      ok: true,
      plan: { workshop: { questionIndex: 1, revealed: false } },
    });
    expect(plan(running(0), { type: "goto", index: questions.length })).toMatchObject({ ok: false });
  });
  it("records a consensus only after reveal and only with a valid level", () => {
    const consensus = (level: number | null, notSure = false) => ({
      type: "consensus" as const,
      level,
      notSure,
      notes: " agreed ",
    });
    expect(plan(running(), consensus(2))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Reveal"),
    });
    expect(plan(running(0, true), consensus(2))).toEqual({
      ok: true,
      plan: { workshop: {}, consensus: { level: 2, notSure: false, notes: "agreed" } },
    });
    expect(plan(running(0, true), consensus(null, true))).toMatchObject({
      ok: true,
      plan: { consensus: { level: null, notSure: true } },
    });
    expect(plan(running(0, true), consensus(4))).toMatchObject({ ok: false });
    expect(plan(running(0, true), consensus(null))).toMatchObject({ ok: false });
    expect(plan(running(0, true), consensus(2, true))).toMatchObject({ ok: false });
  });
  it("refuses everything once ended", () => {
    for (const command of [
      { type: "start" },
      { type: "reveal" },
      { type: "timer", seconds: 60 },
    ] as TWorkshopCommand[]) {
      expect(plan({ status: "ENDED", questionIndex: 0, revealed: false }, command)).toMatchObject({
        ok: false,
        message: "This workshop has ended.",
      });
    }
  });
  it("counts the timer down and never below zero", () => {
    expect(timerRemainingSeconds(null, 60, 0)).toBeNull();
    expect(timerRemainingSeconds(1000, null, 0)).toBeNull();
    expect(timerRemainingSeconds(0, 60, 0)).toBe(60);
    expect(timerRemainingSeconds(0, 60, 59_001)).toBe(1);
    expect(timerRemainingSeconds(0, 60, 120_000)).toBe(0);
  });
});

const input = (overrides: Partial<TProjectionInput["workshop"]> = {}): TProjectionInput => ({
  workshop: {
    id: "w1",
    seq: 7,
    status: "RUNNING",
    questionIndex: 0,
    revealed: false,
    questionStartedAt: new Date(0),
    timerSeconds: null,
    endedAt: null,
    ...overrides,
  },
  title: "Team A workshop",
  teamName: "Team A",
  model,
  participants: [
    { id: "p1", displayName: "Ada", isGuest: true },
    { id: "p2", displayName: "Bo", isGuest: false },
    { id: "p3", displayName: "Cy", isGuest: true },
  ],
  votes: [
    { participantId: "p1", level: 3, notSure: false },
    { participantId: "p2", level: 1, notSure: false },
    { participantId: "p3", level: null, notSure: true },
  ],
  consensus: null,
  recordedQuestionIds: [],
  now: new Date(5000),
});

describe("public state (vote privacy)", () => {
  it("before reveal says who voted, never what", () => {
    const state = projectPublicState(input());
    expect(state.votedIds).toEqual(["p1", "p2", "p3"]);
    expect(state.result).toBeNull();
    const json = JSON.stringify(state);
    expect(json).not.toMatch(/"notSure":true/);
    expect(json).not.toContain('"participantId"');
    expect(json).not.toContain('"distribution"');
  });
  it("after reveal carries the distribution and the cards", () => {
    const state = projectPublicState(input({ revealed: true }));
    expect(state.result?.summary).toMatchObject({
      answered: 2,
      notSure: 1,
      median: 1,
      spread: 2,
      disagreement: true,
    });
    expect(state.result?.summary.distribution).toEqual([
      { level: 1, count: 1 },
      { level: 2, count: 0 },
      { level: 3, count: 1 },
    ]);
    expect(state.result?.votes).toHaveLength(3);
  });
  it("shows no question in the lobby or after the end", () => {
    for (const status of ["LOBBY", "ENDED"] as const) {
      const state = projectPublicState(input({ status, revealed: true }));
      expect(state.question).toBeNull();
      expect(state.result).toBeNull();
      expect(state.votedIds).toEqual([]);
    }
  });
});

describe("workshop summary", () => {
  it("summarises revealed questions only and lists disagreements", () => {
    const items = [
      {
        questionId: questions[0]!.id,
        revealedAt: new Date(),
        recordedAt: new Date(),
        consensusLevel: 2,
        consensusNotSure: false,
        notes: "ok",
      },
      {
        questionId: questions[1]!.id,
        revealedAt: null,
        recordedAt: null,
        consensusLevel: null,
        consensusNotSure: false,
        notes: "",
      },
    ];
    const votes = [
      { questionId: questions[0]!.id, level: 1, notSure: false },
      { questionId: questions[0]!.id, level: 3, notSure: false },
      { questionId: questions[1]!.id, level: 3, notSure: false },
    ];
    const summary = buildWorkshopSummary({ questions, levels: model.levels, items, votes });
    expect(summary.rows[0]).toMatchObject({
      votes: 2,
      consensus: { level: 2 },
      notes: "ok",
    });
    expect(renderMessage(englishExplanations, summary.rows[0]!.disagreement!)).toContain(
      "Starting to Leading",
    );
    expect(summary.rows[1]).toMatchObject({ votes: 1, summary: null, consensus: null });
    expect(summary.toDiscuss.map((r) => r.question.id)).toEqual([questions[0]!.id]);
    expect(summary.recorded).toBe(1);
  });
});

describe("realtime framing", () => {
  it("frames SSE events and round-trips notices", () => {
    expect(sseFrame({ id: 3, event: "state", data: '{"a":1}' })).toBe(
      'id: 3\nevent: state\ndata: {"a":1}\n\n',
    );
    expect(sseFrame({ data: "x", retryMs: 500 })).toBe("retry: 500\ndata: x\n\n");
    expect(decodeNotice(encodeNotice({ workshopId: "w1", seq: 4 }))).toEqual({ workshopId: "w1", seq: 4 });
    expect(decodeNotice("not json")).toBeNull();
    expect(decodeNotice('{"w":1}')).toBeNull();
    expect(decodeNotice(undefined)).toBeNull();
  });
});

/**
 * The public state of a workshop: the one document every participant, guest and facilitator receives
 * (API and SSE). Pure projection from stored rows.
 *
 * Vote privacy is enforced HERE, in one place: before the current question is revealed the state says
 * only WHO has voted (`votedIds`), never what. After reveal it carries the distribution (via
 * lib/consensus/aggregate.ts) and each participant's card, planning-poker style (names shown: the
 * group discusses the outliers). A participant's own unrevealed vote is served only to that
 * participant (GET /api/workshops/[id]/vote).
 */
import { summariseVotes, type TVoteSummary } from "@/lib/consensus/aggregate";
import type { TMaturityModel } from "@/lib/model/schema";
import type { TWorkshopStatus } from "./commands";
import { workshopQuestions, type TWorkshopQuestion } from "./questions";

export type TStoredVote = Readonly<{ participantId: string; level: number | null; notSure: boolean }>;

export type TPublicParticipant = Readonly<{ id: string; name: string; isGuest: boolean }>;

export type TPublicState = Readonly<{
  workshopId: string;
  seq: number;
  status: TWorkshopStatus;
  title: string;
  teamName: string;
  modelTitle: string;
  levels: ReadonlyArray<Readonly<{ level: number; name: string }>>;
  questionCount: number;
  questionIndex: number;
  /** Null in the lobby and after the end. */
  question: TWorkshopQuestion | null;
  revealed: boolean;
  questionStartedAt: string | null;
  timerSeconds: number | null;
  /** Server clock when the state was built, so clients can correct their own clock for the timer. */
  serverTime: string;
  participants: TPublicParticipant[];
  /** Who has voted on the current question (ids only: values stay private until reveal). */
  votedIds: string[];
  /** Only once revealed. */
  result: null | Readonly<{ summary: TVoteSummary; votes: TStoredVote[] }>;
  /** `version` counts recorded consensuses: the consensus command names it (no last-writer-wins). */
  consensus: null | Readonly<{ level: number | null; notSure: boolean; notes: string; version?: number }>;
  /** Questions with a recorded consensus. */
  recordedQuestionIds: string[];
  endedAt: string | null;
}>;

export type TProjectionInput = Readonly<{
  workshop: Readonly<{
    id: string;
    seq: number;
    status: TWorkshopStatus;
    questionIndex: number;
    revealed: boolean;
    questionStartedAt: Date | null;
    timerSeconds: number | null;
    endedAt: Date | null;
  }>;
  title: string;
  teamName: string;
  model: TMaturityModel;
  participants: ReadonlyArray<Readonly<{ id: string; displayName: string; isGuest: boolean }>>;
  /** Votes on the current question (with values: they are dropped here unless revealed). */
  votes: readonly TStoredVote[];
  consensus: TPublicState["consensus"];
  recordedQuestionIds: readonly string[];
  now: Date;
}>;

/** Builds the public state; the only place that decides what of the votes may be seen. */
export function projectPublicState(input: TProjectionInput): TPublicState {
  const { workshop, model } = input;
  const questions = workshopQuestions(model);
  const isLive = workshop.status === "RUNNING";
  const question = isLive ? (questions[workshop.questionIndex] ?? null) : null;
  const isRevealed = isLive && workshop.revealed && question !== null;
  const levels = model.levels.map((l) => ({ level: l.level, name: l.name }));
  return {
    workshopId: workshop.id,
    seq: workshop.seq,
    status: workshop.status,
    title: input.title,
    teamName: input.teamName,
    modelTitle: `${model.title} v${model.version}`,
    levels,
    questionCount: questions.length,
    questionIndex: workshop.questionIndex,
    question,
    revealed: isRevealed,
    questionStartedAt: isLive ? (workshop.questionStartedAt?.toISOString() ?? null) : null,
    timerSeconds: workshop.timerSeconds,
    serverTime: input.now.toISOString(),
    participants: input.participants.map((p) => ({ id: p.id, name: p.displayName, isGuest: p.isGuest })),
    votedIds: question ? input.votes.map((v) => v.participantId) : [],
    result: isRevealed
      ? {
          summary: summariseVotes(
            input.votes,
            levels.map((l) => l.level),
          ),
          votes: input.votes.map((v) => ({
            participantId: v.participantId,
            level: v.level,
            notSure: v.notSure,
          })),
        }
      : null,
    consensus: question ? input.consensus : null,
    recordedQuestionIds: [...input.recordedQuestionIds],
    endedAt: workshop.endedAt?.toISOString() ?? null,
  };
}

/**
 * The facilitator's commands and the workshop's phase transitions. Pure: the DAL locks the workshop
 * row, asks `planCommand` what changes, applies the plan in the same transaction and bumps `seq`.
 *
 * Phases: LOBBY → (start) → RUNNING, one question on screen at a time, either voting (revealed=false)
 * or revealed → (end) → ENDED. Votes are private while voting; reveal makes the distribution public;
 * consensus can only be recorded for a revealed question; re-vote clears the question's votes.
 */
import { z } from "zod";
import { isValidVoteLevel, type TWorkshopQuestion } from "./questions";

export const MAX_TIMER_SECONDS = 30 * 60;
export const MAX_NOTES_LENGTH = 2000;

export const ZWorkshopCommand = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start") }),
  z.object({ type: z.literal("goto"), index: z.number().int().min(0).max(10_000) }),
  z.object({ type: z.literal("reveal") }),
  z.object({ type: z.literal("revote") }),
  z.object({
    type: z.literal("consensus"),
    level: z.number().int().min(1).max(9).nullable(),
    notSure: z.boolean().default(false),
    notes: z.string().max(MAX_NOTES_LENGTH).default(""),
    /** The consensus version the facilitator saw (state.consensus.version, 0 = none): no last-writer-wins. */
    expectedVersion: z.number().int().min(0).max(1_000_000_000).optional(),
  }),
  z.object({ type: z.literal("timer"), seconds: z.number().int().min(10).max(MAX_TIMER_SECONDS).nullable() }),
]);
export type TWorkshopCommand = z.output<typeof ZWorkshopCommand>;

export type TWorkshopStatus = "LOBBY" | "RUNNING" | "ENDED";
export type TWorkshopPhase = Readonly<{ status: TWorkshopStatus; questionIndex: number; revealed: boolean }>;

/** What the DAL must write. `workshop` fields are set on the row; the flags act on the current question. */
export type TCommandPlan = Readonly<{
  workshop: Partial<{
    status: TWorkshopStatus;
    questionIndex: number;
    revealed: boolean;
    restartTimer: boolean;
    timerSeconds: number | null;
  }>;
  revealItem?: boolean;
  clearVotes?: boolean;
  consensus?: Readonly<{ level: number | null; notSure: boolean; notes: string }>;
}>;

export type TPlanResult = { ok: true; plan: TCommandPlan } | { ok: false; message: string };

type TPlanInput = Readonly<{
  phase: TWorkshopPhase;
  command: TWorkshopCommand;
  questions: readonly TWorkshopQuestion[];
  /** Questions already revealed earlier (going back to one shows its votes again). */
  revealedQuestionIds: ReadonlySet<string>;
}>;

const fail = (message: string): TPlanResult => ({ ok: false, message });
const ok = (plan: TCommandPlan): TPlanResult => ({ ok: true, plan });

/** Decides how a command changes the workshop, or why it is not allowed now. */
export function planCommand({ phase, command, questions, revealedQuestionIds }: TPlanInput): TPlanResult {
  if (phase.status === "ENDED") return fail("This workshop has ended.");
  if (command.type === "timer")
    return ok({ workshop: { timerSeconds: command.seconds, restartTimer: true } });
  if (command.type === "start") {
    if (phase.status !== "LOBBY") return fail("The workshop is already running.");
    if (questions.length === 0) return fail("The model has no questions.");
    return ok({
      workshop: {
        status: "RUNNING",
        questionIndex: 0,
        revealed: revealedQuestionIds.has(questions[0]!.id),
        restartTimer: true,
      },
    });
  }
  if (phase.status !== "RUNNING") return fail("Start the workshop first.");
  const current = questions[phase.questionIndex];
  if (!current) return fail("The current question is not part of this model.");
  switch (command.type) {
    case "goto": {
      const target = questions[command.index];
      if (!target)
        return fail(`There is no question ${command.index + 1} (the model has ${questions.length}).`);
      return ok({
        workshop: {
          questionIndex: command.index,
          revealed: revealedQuestionIds.has(target.id),
          restartTimer: true,
        },
      });
    }
    case "reveal":
      if (phase.revealed) return fail("The votes are already revealed.");
      return ok({ workshop: { revealed: true }, revealItem: true });
    case "revote":
      return ok({ workshop: { revealed: false, restartTimer: true }, clearVotes: true });
    case "consensus":
      if (!phase.revealed) return fail("Reveal the votes before recording the consensus.");
      if (command.notSure && command.level !== null)
        return fail("A consensus marked not sure cannot also have a level.");
      if (!command.notSure && command.level === null)
        return fail("Choose a level or mark the consensus as not sure.");
      if (!isValidVoteLevel(current, command.level))
        return fail(`Level ${command.level} is not an option of this question.`);
      return ok({
        workshop: {},
        consensus: { level: command.level, notSure: command.notSure, notes: command.notes.trim() },
      });
  }
}

export { timerRemainingSeconds } from "./timer";

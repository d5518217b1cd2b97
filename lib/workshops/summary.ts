/**
 * The end-of-workshop summary, per question: the spread of the revealed votes, the consensus and the
 * notes. Pure. Votes of a question that was never revealed stay out (they were private then and stay
 * private now); such a question shows only how many voted.
 */
import {
  describeDisagreement,
  discussionOrder,
  summariseVotes,
  type TVoteSummary,
} from "@/lib/consensus/aggregate";
import type { TMessage } from "@/lib/i18n/message";
import type { TWorkshopQuestion } from "./questions";

export type TSummaryItem = Readonly<{
  questionId: string;
  revealedAt: Date | null;
  recordedAt: Date | null;
  consensusLevel: number | null;
  consensusNotSure: boolean;
  notes: string;
}>;
export type TSummaryVote = Readonly<{ questionId: string; level: number | null; notSure: boolean }>;

export type TSummaryRow = Readonly<{
  question: TWorkshopQuestion;
  votes: number;
  /** Null unless the votes were revealed. */
  summary: TVoteSummary | null;
  disagreement: TMessage | null;
  consensus: null | Readonly<{ level: number | null; notSure: boolean }>;
  notes: string;
}>;

type TInput = Readonly<{
  questions: readonly TWorkshopQuestion[];
  levels: ReadonlyArray<Readonly<{ level: number; name: string }>>;
  items: readonly TSummaryItem[];
  votes: readonly TSummaryVote[];
}>;

/** One row per question in model order, plus the questions worth a follow-up discussion. */
export function buildWorkshopSummary({ questions, levels, items, votes }: TInput) {
  const levelName = (level: number) => levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
  const rows: TSummaryRow[] = questions.map((question) => {
    const item = items.find((i) => i.questionId === question.id);
    const own = votes.filter((v) => v.questionId === question.id);
    const summary = item?.revealedAt
      ? summariseVotes(
          own,
          levels.map((l) => l.level),
        )
      : null;
    return {
      question,
      votes: own.length,
      summary,
      disagreement: summary ? describeDisagreement(summary, levelName) : null,
      consensus: item?.recordedAt ? { level: item.consensusLevel, notSure: item.consensusNotSure } : null,
      notes: item?.notes ?? "",
    };
  });
  const revealed = rows.filter((r): r is TSummaryRow & { summary: TVoteSummary } => r.summary !== null);
  const toDiscuss = discussionOrder(revealed).filter((r) => r.summary.disagreement);
  return { rows, toDiscuss, recorded: rows.filter((r) => r.consensus).length };
}

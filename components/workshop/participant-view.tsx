"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TLiveModelText } from "@/lib/workshops/localize";
import type { TPublicState } from "@/lib/workshops/public-state";
import { WORKSHOP_ERRORS, translateError } from "@/i18n/known-errors";
import { ConnectionBadge } from "./connection-badge";
import { ConsensusNote } from "./consensus-note";
import { QuestionHeader } from "./question-header";
import { sendWorkshop, useWorkshopStream } from "./use-workshop-stream";
import { VoteDistribution } from "./vote-distribution";
import { VoteOptions, type TMyVote } from "./vote-options";
import { livePath } from "@/lib/paths";

type TProps = Readonly<{
  workshopId: string;
  initialState: TPublicState;
  participantId: string;
  initialVote: TMyVote | null;
  /** The model's texts in the reader's language (null: the state's own texts). */
  text: TLiveModelText | null;
}>;

/** A participant's screen: follows the facilitator, votes privately, sees the distribution after reveal. */
export function ParticipantView({ workshopId, initialState, participantId, initialVote, text }: TProps) {
  const t = useTranslations("workshops");
  const te = useTranslations("workshops.errors");
  const { state, connection, clockOffsetMs } = useWorkshopStream(workshopId, initialState, text);
  // `seq` = the state version that includes this vote; until the stream reaches it, trust the local copy.
  const [vote, setVote] = useState<(TMyVote & { seq: number }) | null>(
    initialVote ? { ...initialVote, seq: initialState.seq } : null,
  );
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const question = state.question;
  const isMine =
    vote !== null &&
    question !== null &&
    vote.questionId === question.id &&
    (state.votedIds.includes(participantId) || vote.seq > state.seq);
  const myVote = isMine ? vote : null;
  const levelName = (level: number) =>
    state.levels.find((l) => l.level === level)?.name ?? t("levelNumber", { level });

  async function cast(level: number | null, notSure: boolean) {
    if (!question) return;
    const previous = vote;
    setBusy(true);
    setError(null);
    setVote({ questionId: question.id, level, notSure, seq: Number.MAX_SAFE_INTEGER });
    const { error: failure, data } = await sendWorkshop(`/api/workshops/${workshopId}/vote`, "PUT", {
      questionId: question.id,
      level,
      notSure,
    });
    setBusy(false);
    if (failure) {
      setVote(previous);
      setError(translateError(failure, WORKSHOP_ERRORS, te));
    } else setVote({ questionId: question.id, level, notSure, seq: Number(data.seq) });
  }

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h1 className="text-lg font-semibold text-slate-900">{state.title}</h1>
          <p className="text-sm text-slate-600">
            {t("inRoom", { team: state.teamName, count: state.participants.length })}
          </p>
        </div>
        <ConnectionBadge connection={connection} />
      </header>
      {state.status === "LOBBY" ? (
        <p role="status" className="rounded-lg bg-white p-5 text-slate-800 shadow-sm ring-1 ring-slate-200">
          {t("participant.lobby")}
        </p>
      ) : null}
      {state.status === "ENDED" ? (
        <div role="status" className="space-y-2 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <p className="font-medium">{t("participant.ended")}</p>
          <Link className="text-brand-700 underline" href={livePath(workshopId, "summary")}>
            {t("seeSummary")}
          </Link>
        </div>
      ) : null}
      {question ? (
        <section
          className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
          aria-live="polite"
        >
          <QuestionHeader state={state} question={question} clockOffsetMs={clockOffsetMs} />
          {state.result ? (
            <VoteDistribution result={state.result} state={state} myId={participantId} />
          ) : (
            <>
              <VoteOptions
                question={question}
                levelName={levelName}
                vote={myVote}
                isBusy={isBusy}
                onVote={cast}
              />
              <p className="text-sm text-slate-700" data-testid="vote-status">
                {myVote ? t("participant.voteIn") : t("participant.pick")}{" "}
                <span className="whitespace-nowrap">
                  {t("participant.votedCount", {
                    voted: state.votedIds.length,
                    total: state.participants.length,
                  })}
                </span>
              </p>
            </>
          )}
          {error ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <ConsensusNote state={state} />
        </section>
      ) : null}
    </div>
  );
}

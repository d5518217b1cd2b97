"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import type { TLiveModelText } from "@/lib/workshops/localize";
import type { TPublicState } from "@/lib/workshops/public-state";
import { WORKSHOP_ERRORS, translateError } from "@/i18n/known-errors";
import { ConnectionBadge } from "./connection-badge";
import { WorkshopConsensusForm } from "./workshop-consensus-form";
import { ConsensusNote } from "./consensus-note";
import { FacilitatorControls } from "./facilitator-controls";
import { JoinPanel } from "./join-panel";
import { ParticipantList } from "./participant-list";
import { QuestionHeader } from "./question-header";
import { QuestionList, type TQuestionLink } from "./question-list";
import { sendWorkshop, useWorkshopStream } from "./use-workshop-stream";
import { VoteDistribution } from "./vote-distribution";
import { livePath } from "@/lib/paths";

type TProps = Readonly<{
  workshopId: string;
  initialState: TPublicState;
  joinCode: string;
  isJoinable: boolean;
  resultsHref: string;
  questions: TQuestionLink[];
  /** The model's texts in the reader's language (null: the state's own texts). */
  text: TLiveModelText | null;
}>;

/** The facilitator's screen: join code, who voted, reveal, distribution, consensus, navigation, end. */
export function FacilitatorConsole({
  workshopId,
  initialState,
  joinCode,
  isJoinable,
  resultsHref,
  questions,
  text,
}: TProps) {
  const t = useTranslations("workshops");
  const te = useTranslations("workshops.errors");
  const { state, connection, clockOffsetMs } = useWorkshopStream(workshopId, initialState, text);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = state.question;

  async function send(command: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    const { error: failure } = await sendWorkshop(`/api/workshops/${workshopId}/commands`, "POST", command);
    setBusy(false);
    if (failure) setError(translateError(failure, WORKSHOP_ERRORS, te));
  }

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-4 lg:col-span-2">
        <Card className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-700" data-testid="vote-count">
              {question
                ? t.rich("console.voted", {
                    voted: state.votedIds.length,
                    total: state.participants.length,
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })
                : state.status === "LOBBY"
                  ? t("console.waiting")
                  : t("console.ended")}
            </p>
            <ConnectionBadge connection={connection} />
          </div>
          <FacilitatorControls state={state} isBusy={isBusy} send={(c) => void send(c)} />
          {error ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          {question ? (
            <QuestionHeader state={state} question={question} clockOffsetMs={clockOffsetMs} />
          ) : null}
          {state.result ? <VoteDistribution result={state.result} state={state} /> : null}
          {state.result ? (
            <WorkshopConsensusForm
              key={`${question?.id}-${state.consensus ? "set" : "new"}`}
              state={state}
              isBusy={isBusy}
              onRecord={(c) =>
                void send({ type: "consensus", ...c, expectedVersion: state.consensus?.version ?? 0 })
              }
            />
          ) : null}
          <ConsensusNote state={state} />
          {state.status === "ENDED" ? (
            <div role="status" className="space-y-1 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
              <p className="font-medium">{t("console.endedSubmitted")}</p>
              <p className="flex flex-wrap gap-4">
                <Link className="underline" href={livePath(workshopId, "summary")}>
                  {t("summary.title")}
                </Link>
                <Link className="underline" href={resultsHref}>
                  {t("summary.results")}
                </Link>
              </p>
            </div>
          ) : null}
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">
            {t("console.questions", { agreed: state.recordedQuestionIds.length, total: state.questionCount })}
          </h2>
          <QuestionList
            questions={questions}
            state={state}
            isBusy={isBusy}
            onGoto={(index) => void send({ type: "goto", index })}
          />
        </Card>
      </div>
      <div className="min-w-0 space-y-4">
        <Card>
          <JoinPanel joinCode={joinCode} isJoinable={isJoinable && state.status !== "ENDED"} />
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold">{t("console.inRoom", { count: state.participants.length })}</h2>
          <ParticipantList
            state={state}
            onRemove={(participantId) => void send({ type: "remove", participantId })}
          />
        </Card>
      </div>
    </div>
  );
}

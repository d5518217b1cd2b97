"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TPublicState } from "@/lib/workshops/public-state";

const TIMER_MINUTES = [1, 2, 5];

type TCommand = Record<string, unknown> & { type: string };

/** Start, previous/next, reveal, re-vote, timer and end. */
export function FacilitatorControls({
  state,
  isBusy,
  send,
}: Readonly<{ state: TPublicState; isBusy: boolean; send: (command: TCommand) => void }>) {
  const t = useTranslations("workshops");
  const [isConfirmingEnd, setConfirmingEnd] = useState(false);
  if (state.status === "ENDED") return null;
  const index = state.questionIndex;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {state.status === "LOBBY" ? (
        <Button disabled={isBusy} onClick={() => send({ type: "start" })}>
          {t("controls.start")}
        </Button>
      ) : null}
      {state.status === "RUNNING" ? (
        <>
          <Button
            variant="secondary"
            disabled={isBusy || index === 0}
            onClick={() => send({ type: "goto", index: index - 1 })}
          >
            {t("controls.previous")}
          </Button>
          {state.revealed ? (
            <Button variant="secondary" disabled={isBusy} onClick={() => send({ type: "revote" })}>
              {t("controls.voteAgain")}
            </Button>
          ) : (
            <Button disabled={isBusy} onClick={() => send({ type: "reveal" })}>
              {t("controls.reveal")}
            </Button>
          )}
          <Button
            variant="secondary"
            disabled={isBusy || index >= state.questionCount - 1}
            onClick={() => send({ type: "goto", index: index + 1 })}
          >
            {t("controls.next")}
          </Button>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <span className="sr-only">{t("timer.label")}</span>
            <select
              value={state.timerSeconds === null ? "" : String(state.timerSeconds)}
              disabled={isBusy}
              onChange={(e) =>
                send({ type: "timer", seconds: e.target.value ? Number(e.target.value) : null })
              }
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              <option value="">{t("timer.none")}</option>
              {TIMER_MINUTES.map((minutes) => (
                <option key={minutes} value={String(minutes * 60)}>
                  {t("timer.minutes", { count: minutes })}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      <span className="ml-auto flex flex-wrap gap-2">
        {isConfirmingEnd ? (
          <>
            <Button variant="danger" disabled={isBusy} onClick={() => send({ type: "end" })}>
              {t("controls.endSubmit")}
            </Button>
            <Button variant="secondary" disabled={isBusy} onClick={() => send({ type: "cancel" })}>
              {t("controls.cancelWorkshop")}
            </Button>
            <Button variant="ghost" onClick={() => setConfirmingEnd(false)}>
              {t("controls.cancel")}
            </Button>
          </>
        ) : (
          <Button variant="secondary" disabled={isBusy} onClick={() => setConfirmingEnd(true)}>
            {t("controls.end")}
          </Button>
        )}
      </span>
    </div>
  );
}

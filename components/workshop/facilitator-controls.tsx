"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TPublicState } from "@/lib/workshops/public-state";

const TIMERS = [
  { label: "No timer", value: "" },
  { label: "1 minute", value: "60" },
  { label: "2 minutes", value: "120" },
  { label: "5 minutes", value: "300" },
];

type TCommand = Record<string, unknown> & { type: string };

/** Start, previous/next, reveal, re-vote, timer and end. */
export function FacilitatorControls({
  state,
  isBusy,
  send,
}: Readonly<{ state: TPublicState; isBusy: boolean; send: (command: TCommand) => void }>) {
  const [isConfirmingEnd, setConfirmingEnd] = useState(false);
  if (state.status === "ENDED") return null;
  const index = state.questionIndex;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {state.status === "LOBBY" ? (
        <Button disabled={isBusy} onClick={() => send({ type: "start" })}>
          Start workshop
        </Button>
      ) : null}
      {state.status === "RUNNING" ? (
        <>
          <Button
            variant="secondary"
            disabled={isBusy || index === 0}
            onClick={() => send({ type: "goto", index: index - 1 })}
          >
            Previous
          </Button>
          {state.revealed ? (
            <Button variant="secondary" disabled={isBusy} onClick={() => send({ type: "revote" })}>
              Vote again
            </Button>
          ) : (
            <Button disabled={isBusy} onClick={() => send({ type: "reveal" })}>
              Reveal votes
            </Button>
          )}
          <Button
            variant="secondary"
            disabled={isBusy || index >= state.questionCount - 1}
            onClick={() => send({ type: "goto", index: index + 1 })}
          >
            Next question
          </Button>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <span className="sr-only">Timer per question</span>
            <select
              value={state.timerSeconds === null ? "" : String(state.timerSeconds)}
              disabled={isBusy}
              onChange={(e) =>
                send({ type: "timer", seconds: e.target.value ? Number(e.target.value) : null })
              }
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              {TIMERS.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
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
              End and submit the assessment
            </Button>
            <Button variant="secondary" disabled={isBusy} onClick={() => send({ type: "cancel" })}>
              Cancel the workshop (submit nothing)
            </Button>
            <Button variant="ghost" onClick={() => setConfirmingEnd(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <Button variant="secondary" disabled={isBusy} onClick={() => setConfirmingEnd(true)}>
            End workshop…
          </Button>
        )}
      </span>
    </div>
  );
}

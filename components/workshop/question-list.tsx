import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { TPublicState } from "@/lib/workshops/public-state";

export type TQuestionLink = Readonly<{ index: number; id: string; aspectName: string; prompt: string }>;

/** Every question, with the ones agreed ticked; the facilitator can jump to any of them. */
export function QuestionList({
  questions,
  state,
  isBusy,
  onGoto,
}: Readonly<{
  questions: TQuestionLink[];
  state: TPublicState;
  isBusy: boolean;
  onGoto: (index: number) => void;
}>) {
  const t = useTranslations("workshops");
  const recorded = new Set(state.recordedQuestionIds);
  const canJump = state.status === "RUNNING" && !isBusy;
  return (
    <ol className="space-y-1 text-sm">
      {questions.map((q) => {
        const isCurrent = state.status === "RUNNING" && q.index === state.questionIndex;
        return (
          <li key={q.id}>
            <button
              type="button"
              disabled={!canJump || isCurrent}
              onClick={() => onGoto(q.index)}
              aria-current={isCurrent ? "step" : undefined}
              className={clsx(
                "flex w-full min-w-0 items-start gap-2 rounded px-2 py-1 text-left",
                isCurrent ? "bg-brand-50 font-medium" : "enabled:hover:bg-slate-100",
              )}
            >
              <span aria-hidden="true" className={recorded.has(q.id) ? "text-green-700" : "text-slate-500"}>
                {recorded.has(q.id) ? "✓" : `${q.index + 1}.`}
              </span>
              <span className="min-w-0">
                <span className="text-slate-500">{q.aspectName}: </span>
                {q.prompt}
                {recorded.has(q.id) ? <span className="sr-only"> {t("question.agreed")}</span> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

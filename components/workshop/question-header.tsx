import { useTranslations } from "next-intl";
import type { TWorkshopQuestion } from "@/lib/workshops/questions";
import type { TPublicState } from "@/lib/workshops/public-state";
import { QuestionTimer } from "./question-timer";

/** "Question 3 of 15 · Adoption", the timer, the prompt and its help text. */
export function QuestionHeader({
  state,
  question,
  clockOffsetMs,
}: Readonly<{ state: TPublicState; question: TWorkshopQuestion; clockOffsetMs: number }>) {
  const t = useTranslations("workshops");
  return (
    <div>
      <p className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span>
          {t("question.header", {
            number: question.index + 1,
            total: state.questionCount,
            aspect: question.aspectName,
          })}
        </span>
        {!state.revealed ? (
          <QuestionTimer
            startedAt={state.questionStartedAt}
            seconds={state.timerSeconds}
            clockOffsetMs={clockOffsetMs}
          />
        ) : null}
      </p>
      <h2 className="mt-1 text-xl font-semibold text-slate-900" data-testid="question-prompt">
        {question.prompt}
      </h2>
      {question.help ? <p className="mt-1 text-sm text-slate-700">{question.help}</p> : null}
    </div>
  );
}

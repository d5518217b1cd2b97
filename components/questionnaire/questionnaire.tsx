"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import type { TFormAction } from "@/lib/action";
import type { TMaturityModel } from "@/lib/model/schema";
import { QuestionCard } from "./question-card";
import { SubmitPanel } from "./submit-panel";
import { isAnswered, type TAnswerState } from "./types";
import { useAutosave } from "./use-autosave";

type TProps = Readonly<{
  endpoint: string;
  model: TMaturityModel;
  initialAnswers: Record<string, TAnswerState>;
  initialAspectId: string;
  isReadOnly: boolean;
  orgSlug: string;
  assessmentId: string;
  /** Submits the assessment (the panel at the end); not needed with a `footer`. */
  submitAction?: TFormAction<never>;
  /** Replaces the submit panel (e.g. respondents finish instead of submitting). */
  footer?: ReactNode;
  /** Responses of a collaborative assessment keep no evidence link. */
  hasEvidence?: boolean;
}>;

/** Aspect-by-aspect questionnaire with autosave; the current aspect is kept in the URL (?aspect=). */
export function Questionnaire({
  endpoint,
  model,
  initialAnswers,
  initialAspectId,
  isReadOnly,
  orgSlug,
  assessmentId,
  submitAction,
  footer,
  hasEvidence = true,
}: TProps) {
  const { answers, status, update, isDirty } = useAutosave(endpoint, initialAnswers);
  const t = useTranslations("questionnaire");
  const [aspectId, setAspectId] = useState(initialAspectId);
  const aspectIndex = Math.max(
    0,
    model.aspects.findIndex((a) => a.id === aspectId),
  );
  const aspect = model.aspects[aspectIndex]!;
  const total = model.aspects.reduce((n, a) => n + a.questions.length, 0);
  const answered = model.aspects.reduce(
    (n, a) => n + a.questions.filter((q) => isAnswered(answers[q.id])).length,
    0,
  );
  const hasErrors = Object.values(status).some((s) => s.state === "error" || s.state === "retrying");

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("aspect", aspect.id);
    window.history.replaceState(window.history.state, "", url);
  }, [aspect.id]);

  const go = (index: number) => {
    setAspectId(model.aspects[index]!.id);
    document.getElementById("questionnaire-top")?.scrollIntoView({ block: "start" });
  };

  return (
    <div id="questionnaire-top" className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <nav aria-label={t("aspects")} className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <ol className="flex gap-2 overflow-x-auto pb-1 lg:flex-col">
          {model.aspects.map((a, i) => {
            const done = a.questions.filter((q) => isAnswered(answers[q.id])).length;
            return (
              <li key={a.id} className="shrink-0">
                <button
                  type="button"
                  onClick={() => go(i)}
                  aria-current={i === aspectIndex ? "step" : undefined}
                  className={clsx(
                    "w-full rounded-md border px-3 py-2 text-left text-sm",
                    i === aspectIndex
                      ? "border-brand-600 bg-brand-50 font-semibold text-brand-800"
                      : "border-slate-200 bg-white text-slate-800 hover:border-slate-400",
                  )}
                >
                  {a.name}
                  <span className="block text-xs font-normal text-slate-600">
                    {t("aspectAnswered", { done, total: a.questions.length })}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <p className="mt-3 text-sm text-slate-700" aria-live="polite" data-testid="overall-save-state">
          {t("overallAnswered", { answered, total })} ·{" "}
          {isDirty ? (
            t("saving")
          ) : hasErrors ? (
            <span className="font-medium text-red-800">{t("someNotSaved")}</span>
          ) : (
            t("allSaved")
          )}
        </p>
      </nav>
      <section aria-labelledby="aspect-heading" className="min-w-0 space-y-4">
        <header>
          <p className="text-sm text-slate-600">
            {t("aspectOf", { n: aspectIndex + 1, total: model.aspects.length })}
          </p>
          <h2 id="aspect-heading" className="text-xl font-semibold">
            {aspect.name}
          </h2>
          {aspect.question ? <p className="text-slate-700">{aspect.question}</p> : null}
        </header>
        {aspect.questions.map((question, i) => (
          <QuestionCard
            key={question.id}
            question={question}
            index={i}
            answer={answers[question.id]}
            status={status[question.id]}
            isReadOnly={isReadOnly}
            hasEvidence={hasEvidence}
            onChange={(patch, options) => update(question.id, patch, options)}
          />
        ))}
        <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
          <button
            type="button"
            onClick={() => go(aspectIndex - 1)}
            disabled={aspectIndex === 0}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium disabled:opacity-50"
          >
            {t("previousAspect")}
          </button>
          {aspectIndex < model.aspects.length - 1 ? (
            <button
              type="button"
              onClick={() => go(aspectIndex + 1)}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("nextAspect", { name: model.aspects[aspectIndex + 1]!.name })}
            </button>
          ) : null}
        </div>
        {footer !== undefined ? (
          footer
        ) : !isReadOnly && submitAction ? (
          <SubmitPanel
            action={submitAction}
            orgSlug={orgSlug}
            assessmentId={assessmentId}
            unanswered={total - answered}
            isSaving={isDirty}
          />
        ) : null}
      </section>
    </div>
  );
}

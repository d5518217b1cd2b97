"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { TQuestion } from "@/lib/model/schema";
import { NOTES_MAX } from "@/lib/validation/limits";
import { SaveStatus } from "./save-status";
import { EMPTY_ANSWER, type TAnswerState, type TSaveStatus } from "./types";

type TProps = Readonly<{
  question: TQuestion;
  index: number;
  answer: TAnswerState | undefined;
  status: TSaveStatus | undefined;
  isReadOnly: boolean;
  hasEvidence?: boolean;
  onChange: (patch: Partial<TAnswerState>, options?: { immediate?: boolean }) => void;
}>;

const NOT_SURE = "not-sure";

export function QuestionCard({
  question,
  index,
  answer = EMPTY_ANSWER,
  status,
  isReadOnly,
  hasEvidence = true,
  onChange,
}: TProps) {
  const t = useTranslations("questionnaire");
  const name = `q-${question.id}`;
  const selected = answer.notSure ? NOT_SURE : answer.level === null ? "" : String(answer.level);
  const choose = (value: string) =>
    onChange(value === NOT_SURE ? { level: null, notSure: true } : { level: Number(value), notSure: false });

  return (
    <fieldset
      className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
      aria-describedby={question.help ? `${name}-help` : undefined}
    >
      <legend className="sr-only">{t("questionLegend", { n: index + 1, prompt: question.prompt })}</legend>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p aria-hidden="true" className="font-semibold text-slate-900">
          <span className="mr-2 text-slate-500">{index + 1}.</span>
          {question.prompt}
        </p>
        <SaveStatus status={status} />
      </div>
      {question.help ? (
        <p id={`${name}-help`} className="mt-1 text-sm text-slate-700">
          {question.help}
        </p>
      ) : null}
      <div className="mt-3 grid gap-2">
        {[
          ...question.options.map((o) => ({
            value: String(o.level),
            label: o.label,
            description: o.description,
          })),
          { value: NOT_SURE, label: t("notSure"), description: t("notSureHelp") },
        ].map((option) => (
          <label
            key={option.value}
            className={clsx(
              "flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
              selected === option.value
                ? "border-brand-600 bg-brand-50"
                : "border-slate-200 hover:border-slate-400",
              isReadOnly && "cursor-not-allowed opacity-80",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={selected === option.value}
              disabled={isReadOnly}
              onChange={() => choose(option.value)}
              className="mt-0.5 h-4 w-4 accent-brand-600"
            />
            <span>
              <span className="font-medium text-slate-900">{option.label}</span>
              {option.description ? (
                <span className="mt-0.5 block text-slate-700">{option.description}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      <details className="mt-3 text-sm" open={Boolean(answer.notes || answer.evidenceUrl)}>
        <summary className="cursor-pointer font-medium text-brand-700">
          {hasEvidence ? t("notesAndEvidence") : t("notesOnly")}
        </summary>
        <div className="mt-2 grid gap-3">
          <label className="block">
            <span className="text-slate-800">{t("notes")}</span>
            <textarea
              value={answer.notes}
              maxLength={NOTES_MAX}
              disabled={isReadOnly}
              rows={2}
              onChange={(e) => onChange({ notes: e.target.value }, { immediate: false })}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
            />
          </label>
          {hasEvidence ? (
            <label className="block">
              <span className="text-slate-800">{t("evidence")}</span>
              <input
                type="url"
                inputMode="url"
                placeholder="https://…"
                value={answer.evidenceUrl}
                disabled={isReadOnly}
                onChange={(e) => onChange({ evidenceUrl: e.target.value.trim() }, { immediate: false })}
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
          ) : null}
        </div>
      </details>
    </fieldset>
  );
}

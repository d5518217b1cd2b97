"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { TWorkshopQuestion } from "@/lib/workshops/questions";

export type TMyVote = Readonly<{ questionId: string; level: number | null; notSure: boolean }>;

/** The private vote: one large button per option plus "Not sure". The choice can change until reveal. */
export function VoteOptions({
  question,
  levelName,
  vote,
  isBusy,
  onVote,
}: Readonly<{
  question: TWorkshopQuestion;
  levelName: (level: number) => string;
  vote: TMyVote | null;
  isBusy: boolean;
  onVote: (level: number | null, notSure: boolean) => void;
}>) {
  const t = useTranslations("workshops");
  const options = [
    ...question.options.map((o) => ({
      key: String(o.level),
      level: o.level as number | null,
      notSure: false,
      title: o.label,
      detail: t("levelName", { level: o.level, name: levelName(o.level) }),
      description: o.description,
    })),
    {
      key: "ns",
      level: null,
      notSure: true,
      title: t("notSure"),
      detail: t("vote.leftOut"),
      description: null,
    },
  ];
  return (
    <div role="group" aria-label={t("vote.label")} className="grid gap-2">
      {options.map((o) => {
        const isChosen =
          vote !== null &&
          vote.questionId === question.id &&
          vote.level === o.level &&
          vote.notSure === o.notSure;
        return (
          <button
            key={o.key}
            type="button"
            aria-pressed={isChosen}
            disabled={isBusy}
            onClick={() => onVote(o.level, o.notSure)}
            className={clsx(
              "w-full rounded-lg border-2 p-3 text-left transition-colors disabled:cursor-wait",
              isChosen ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white hover:border-slate-400",
            )}
          >
            <span className="flex flex-wrap items-baseline justify-between gap-x-2">
              <span className="font-medium text-slate-900">{o.title}</span>
              <span className="text-xs text-slate-600">
                {isChosen ? <strong className="mr-1 text-brand-700">{t("vote.yours")}</strong> : null}
                {o.detail}
              </span>
            </span>
            {o.description ? (
              <span className="mt-0.5 block text-sm text-slate-700">{o.description}</span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { LevelBadge } from "@/components/level-badge";
import { describeDisagreement } from "@/lib/consensus/aggregate";
import type { TFormAction } from "@/lib/action";
import type { TQuestionConsensus } from "@/lib/consensus/collective";
import type { TQuestion } from "@/lib/model/schema";
import { RespondentsConsensusForm } from "./respondents-consensus-form";
import { renderMessage } from "@/i18n/render";
import { DistributionStrip } from "./distribution-strip";

export type TRecordTarget = Readonly<{
  orgSlug: string;
  assessmentId: string;
  action: TFormAction<{ questionId: string }>;
}>;

type TProps = Readonly<{
  item: TQuestionConsensus;
  question: TQuestion;
  levelNames: Readonly<Record<number, string>>;
  maxLevel: number;
  /** Set when the lead may record the agreed answer. */
  record: TRecordTarget | null;
}>;

/** One question: the distribution, median and spread, a disagreement flag, and the agreed answer. */
export function QuestionConsensus({ item, question, levelNames, maxLevel, record }: TProps) {
  const { summary, consensus } = item;
  const t = useTranslations("respondents");
  const spreadText = (spread: number | null) =>
    spread === null
      ? "–"
      : spread === 0
        ? t("question.spreadNone")
        : t("question.spreadLevels", { count: spread });
  const explain = useTranslations("explanations");
  const disagreement = describeDisagreement(summary, (l) => levelNames[l] ?? `Level ${l}`);
  const why = disagreement ? renderMessage(explain, disagreement) : null;
  const agreedLevel = consensus?.notSure ? null : (consensus?.level ?? null);
  return (
    <article
      id={`q-${item.questionId}`}
      aria-labelledby={`q-${item.questionId}-prompt`}
      className={clsx(
        "scroll-mt-4 rounded-md border p-3 sm:p-4",
        summary.disagreement ? "border-amber-400 bg-amber-50/60" : "border-slate-200",
      )}
    >
      <h4 id={`q-${item.questionId}-prompt`} className="font-medium text-slate-900">
        {item.prompt}
      </h4>
      {why ? (
        <p className="mt-1 text-sm font-medium text-amber-900">
          <span aria-hidden="true">⚑ </span>
          {t("question.topic", { why })}
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div className="min-w-0">
          {summary.total === 0 ? (
            <p className="text-sm text-slate-700">{t("question.nobody")}</p>
          ) : (
            <DistributionStrip
              summary={summary}
              levelNames={levelNames}
              label={t("question.answersTo", { prompt: item.prompt })}
            />
          )}
        </div>
        <dl className="grid min-w-0 grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("question.median")}</dt>
          <dd>
            {summary.median === null ? (
              "–"
            ) : (
              <LevelBadge
                level={summary.median}
                name={levelNames[summary.median] ?? null}
                maxLevel={maxLevel}
              />
            )}
          </dd>
          <dt className="text-slate-600">{t("question.spread")}</dt>
          <dd>{spreadText(summary.spread)}</dd>
          <dt className="text-slate-600">{t("question.agreed")}</dt>
          <dd data-testid={`agreed-${item.questionId}`}>
            {consensus === null ? (
              t("question.notRecorded")
            ) : consensus.notSure ? (
              t("notSure")
            ) : (
              <LevelBadge
                level={agreedLevel}
                name={agreedLevel === null ? null : (levelNames[agreedLevel] ?? null)}
                maxLevel={maxLevel}
              />
            )}
            {item.differsFromMedian ? (
              <span className="ml-1 text-xs font-medium text-amber-900">{t("question.differs")}</span>
            ) : null}
            {consensus?.notes ? (
              <p className="mt-1 whitespace-pre-line text-slate-800">
                <span className="sr-only">{t("question.note")} </span>“{consensus.notes}”
              </p>
            ) : null}
          </dd>
        </dl>
      </div>
      {record ? (
        <div className="mt-3">
          <RespondentsConsensusForm
            {...record}
            questionId={item.questionId}
            options={question.options.map((o) => ({ level: o.level, label: o.label }))}
            current={consensus}
            median={summary.median}
            isOpen={summary.disagreement && !consensus?.notes}
          />
        </div>
      ) : null}
    </article>
  );
}

import { useTranslations } from "next-intl";
import { LevelBadge } from "@/components/level-badge";
import { Card } from "@/components/ui/card";
import { describeDisagreement } from "@/lib/consensus/aggregate";
import type { TConsensusReport } from "@/lib/consensus/collective";
import { renderMessage } from "@/i18n/render";
import { findQuestion, type TMaturityModel } from "@/lib/model/schema";
import { DistributionStrip } from "./distribution-strip";
import { QuestionConsensus, type TRecordTarget } from "./question-consensus";

type TProps = Readonly<{
  model: TMaturityModel;
  report: TConsensusReport;
  /** The team's level per aspect from the agreed answers. */
  agreedLevels: Readonly<Record<string, number | null>>;
  record: TRecordTarget | null;
}>;

/** Discussion topics first, then every aspect with the respondents' levels and each question's distribution. */
export function ConsensusReport({ model, report, agreedLevels, record }: TProps) {
  const t = useTranslations("respondents");
  const levelNames = Object.fromEntries(model.levels.map((l) => [l.level, l.name]));
  const maxLevel = model.levels.length;
  return (
    <div className="space-y-6">
      <DiscussionTopics report={report} levelNames={levelNames} />
      {report.aspects.map((aspect) => (
        <Card key={aspect.aspectId} className="space-y-4" aria-labelledby={`aspect-${aspect.aspectId}`}>
          <header className="grid gap-4 sm:grid-cols-2">
            <div className="min-w-0">
              <h3 id={`aspect-${aspect.aspectId}`} className="text-lg font-semibold">
                {aspect.aspectName}
              </h3>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                {t("report.agreedLevel")}{" "}
                <LevelBadge
                  level={agreedLevels[aspect.aspectId] ?? null}
                  name={levelNames[agreedLevels[aspect.aspectId] ?? 0] ?? null}
                  maxLevel={maxLevel}
                />
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {t("report.ownLevels", {
                  median:
                    aspect.summary.median === null
                      ? "–"
                      : t("levelName", {
                          level: aspect.summary.median,
                          name: levelNames[aspect.summary.median] ?? "",
                        }),
                  spread: aspect.summary.spread ?? "–",
                })}
                {aspect.summary.disagreement ? (
                  <strong className="text-amber-900"> {t("report.wideDisagreement")}</strong>
                ) : null}
              </p>
            </div>
            <div className="min-w-0">
              <p aria-hidden="true" className="mb-1 text-xs font-medium text-slate-600">
                {t("report.eachOwn")}
              </p>
              <DistributionStrip
                summary={aspect.summary}
                levelNames={levelNames}
                label={t("report.ownLevelsFor", { aspect: aspect.aspectName })}
                unit="respondents"
              />
            </div>
          </header>
          <div className="space-y-3">
            {aspect.questions.map((item) => {
              const question = findQuestion(model, item.questionId)?.question;
              return question ? (
                <QuestionConsensus
                  key={item.questionId}
                  item={item}
                  question={question}
                  levelNames={levelNames}
                  maxLevel={maxLevel}
                  record={record}
                />
              ) : null;
            })}
          </div>
        </Card>
      ))}
    </div>
  );
}

function DiscussionTopics({
  report,
  levelNames,
}: Readonly<{ report: TConsensusReport; levelNames: Record<number, string> }>) {
  const t = useTranslations("respondents");
  const explain = useTranslations("explanations");
  const why = (summary: TConsensusReport["topics"][number]["summary"]) => {
    const disagreement = describeDisagreement(summary, (l) => levelNames[l] ?? `Level ${l}`);
    return disagreement ? renderMessage(explain, disagreement) : null;
  };
  return (
    <Card aria-labelledby="discussion-topics">
      <h2 id="discussion-topics" className="font-semibold">
        {t("report.topics")}
      </h2>
      {report.topics.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">{t("report.noTopics", { count: report.respondents })}</p>
      ) : (
        <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
          {report.topics.map((topic) => (
            <li key={topic.questionId}>
              <a className="font-medium text-brand-700 underline" href={`#q-${topic.questionId}`}>
                {topic.prompt}
              </a>
              <span className="block text-slate-700">{why(topic.summary)}.</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

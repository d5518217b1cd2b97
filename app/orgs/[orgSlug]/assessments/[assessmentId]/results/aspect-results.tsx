import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level-badge";
import { Card } from "@/components/ui/card";
import { renderMessage } from "@/i18n/render";
import { formatScore } from "@/lib/format";
import type { TMaturityModel } from "@/lib/model/schema";
import { modelPath } from "@/lib/paths";
import type { TAspectConfidence } from "@/lib/scoring/confidence";
import type { TAspectScore } from "@/lib/scoring/score";

const STATUS_TEXT = { "not-sure": "statusNotSure", unanswered: "statusUnanswered" } as const;

type TProps = Readonly<{
  /** null: a shared, read-only view (app/share): no links into the app. */
  orgSlug: string | null;
  model: TMaturityModel;
  aspects: readonly TAspectScore[];
  means?: Readonly<Record<string, string | null>>;
  /** Confidence per aspect (lib/scoring/assessment-confidence.ts) and the freshness window it used. */
  confidence?: Readonly<Record<string, TAspectConfidence>>;
  windowDays?: number;
}>;

/**
 * The results table with each aspect's explanation: which answers led to the level, and why. `means`
 * (models imported from community question files) replaces the score with the community tool's mean.
 */
export async function AspectResults({ orgSlug, model, aspects, means, confidence, windowDays }: TProps) {
  const t = await getTranslations("results");
  const explain = await getTranslations("explanations");
  const maxLevel = model.levels.length;
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-sm">
        <caption className="px-5 pt-4 text-left font-semibold text-slate-900">
          {t("tableCaption")}
          {means ? (
            <span className="mt-1 block text-xs font-normal text-slate-600">{t("communityNote")}</span>
          ) : null}
          {confidence ? (
            <span className="mt-1 block text-xs font-normal text-slate-600">
              {t("confidenceRule", { days: windowDays ?? 180 })}
            </span>
          ) : null}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            <th scope="col" className="px-3 py-2 font-medium sm:px-5">
              {t("aspect")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {means ? t("mean") : t("score")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("level")}
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
              {t("answered")}
            </th>
          </tr>
        </thead>
        {aspects.map((a) => (
          <tbody key={a.aspectId} className="border-b border-slate-100 last:border-0">
            <tr>
              <th scope="row" className="px-3 pt-3 text-left font-semibold sm:px-5">
                {a.aspectName}
              </th>
              <td className="px-3 pt-3 font-mono tabular-nums" data-testid={`mean-${a.aspectId}`}>
                {means ? (means[a.aspectId] ?? "—") : formatScore(a.score)}
              </td>
              <td className="px-3 pt-3">
                <LevelBadge level={a.level} name={a.levelName} maxLevel={maxLevel} />
              </td>
              <td className="hidden px-3 pt-3 text-slate-700 sm:table-cell">
                {a.answered}/{a.total}
                {a.notSure ? (
                  <span className="block text-xs">{t("notSureCount", { count: a.notSure })}</span>
                ) : null}
              </td>
            </tr>
            <tr>
              <td colSpan={4} className="px-3 pb-3 pt-1 sm:px-5">
                {confidence?.[a.aspectId] ? (
                  <p className="text-xs text-slate-700" data-testid={`confidence-${a.aspectId}`}>
                    {t("confidence")}:{" "}
                    <strong className="font-semibold">
                      {t(`confidenceLabel.${confidence[a.aspectId]!.label}`)}
                    </strong>{" "}
                    ·{" "}
                    {t(
                      `confidenceReason.${confidence[a.aspectId]!.reasonKey}`,
                      confidence[a.aspectId]!.reasonValues,
                    )}
                  </p>
                ) : null}
                <p className="text-xs text-slate-600 sm:hidden">
                  {a.notSure
                    ? t("answeredOfNotSure", { answered: a.answered, total: a.total, notSure: a.notSure })
                    : t("answeredOf", { answered: a.answered, total: a.total })}
                </p>
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">
                    {a.level === null ? t("whyNotAssessed") : t("why", { level: a.levelName ?? "" })}
                  </summary>
                  <div className="mt-2 space-y-2 text-slate-800">
                    {a.explanation.map((sentence) => (
                      <p key={sentence.key}>{renderMessage(explain, sentence)}</p>
                    ))}
                    <ul className="space-y-1 border-l-2 border-slate-200 pl-3">
                      {a.outcomes.map((o) => (
                        <li key={o.questionId}>
                          <span className="text-slate-700">{o.prompt}</span>{" "}
                          {o.status === "answered" ? (
                            <strong>
                              {t("optionLevel", { label: o.optionLabel ?? "", level: o.level ?? 0 })}
                            </strong>
                          ) : (
                            <em className="text-slate-600">→ {t(STATUS_TEXT[o.status])}</em>
                          )}
                        </li>
                      ))}
                    </ul>
                    {orgSlug &&
                    a.nextLevel &&
                    model.aspects.find((m) => m.id === a.aspectId)?.cells.length ? (
                      <p>
                        <Link
                          className="font-medium text-brand-700 underline"
                          href={modelPath(orgSlug, model.id, model.version, a.aspectId, a.nextLevel.level)}
                        >
                          {t("nextLevelLink", { level: a.nextLevel.name, aspect: a.aspectName })}
                        </Link>
                      </p>
                    ) : null}
                  </div>
                </details>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </Card>
  );
}

import { useTranslations } from "next-intl";
import { LevelBadge } from "@/components/level-badge";
import { renderMessage } from "@/i18n/render";
import type { TSummaryRow } from "@/lib/workshops/summary";

type TLevel = Readonly<{ level: number; name: string }>;

/**
 * Per discussed question: the votes per level (written out), median and spread, the consensus and the
 * notes. Blocks rather than a wide table, so it reads on a phone and prints on A4 without cut columns.
 * Questions the workshop never reached are listed compactly at the end.
 */
export function SummaryTable({
  rows,
  levels,
}: Readonly<{ rows: readonly TSummaryRow[]; levels: readonly TLevel[] }>) {
  const t = useTranslations("workshops");
  const explain = useTranslations("explanations");
  const name = (level: number | null) => levels.find((l) => l.level === level)?.name ?? null;
  const discussed = rows.filter((r) => r.summary || r.consensus || r.notes);
  const skipped = rows.filter((r) => !(r.summary || r.consensus || r.notes));
  return (
    <section className="space-y-3" data-testid="summary-table">
      <h2 className="font-semibold">{t("summary.discussed", { count: discussed.length })}</h2>
      {discussed.map((r) => (
        <div
          key={r.question.id}
          className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 text-sm print:border-slate-400"
        >
          <p className="font-medium text-slate-900">
            <span className="text-slate-500">
              {r.question.index + 1}. {r.question.aspectName}:{" "}
            </span>
            {r.question.prompt}
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[9rem_1fr]">
            <dt className="text-slate-600">{t("distribution.perLevel")}</dt>
            <dd className="tabular-nums">
              {r.summary
                ? [
                    ...r.summary.distribution.map((d) =>
                      t("summary.levelCount", { level: d.level, name: name(d.level) ?? "", count: d.count }),
                    ),
                    ...(r.summary.notSure ? [t("summary.notSureCount", { count: r.summary.notSure })] : []),
                  ].join(" · ")
                : t("summary.notRevealed", { count: r.votes })}
            </dd>
            <dt className="text-slate-600">{t("summary.medianSpread")}</dt>
            <dd>
              {r.summary && r.summary.median !== null
                ? t("summary.medianValue", {
                    level: r.summary.median,
                    name: name(r.summary.median) ?? "",
                    spread: r.summary.spread ?? 0,
                  })
                : "—"}
              {r.disagreement ? (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                  {t("summary.worth", { why: renderMessage(explain, r.disagreement) })}
                </span>
              ) : null}
            </dd>
            <dt className="text-slate-600">{t("consensusForm.label")}</dt>
            <dd>
              {r.consensus ? (
                r.consensus.notSure ? (
                  t("notSure")
                ) : (
                  <LevelBadge
                    level={r.consensus.level}
                    name={name(r.consensus.level)}
                    maxLevel={levels.length}
                  />
                )
              ) : (
                t("summary.notRecorded")
              )}
            </dd>
            {r.notes ? (
              <>
                <dt className="text-slate-600">{t("summary.notes")}</dt>
                <dd className="whitespace-pre-line">{r.notes}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ))}
      {skipped.length > 0 ? (
        <div className="break-inside-avoid text-sm">
          <h2 className="font-semibold">{t("summary.notDiscussed", { count: skipped.length })}</h2>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            {skipped.map((r) => (
              <li key={r.question.id}>
                {r.question.index + 1}. {r.question.aspectName}: {r.question.prompt}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

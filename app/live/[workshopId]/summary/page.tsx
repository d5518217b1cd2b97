import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level-badge";
import { PrintButton } from "@/components/workshop/print-button";
import { SummaryTable } from "@/components/workshop/summary-table";
import { getWorkshopSummary } from "@/lib/data/workshops/summary";
import { renderMessage } from "@/i18n/render";
import { pageWorkshopAccess } from "../access";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("summary.title") };
}
export const dynamic = "force-dynamic";

/** Printable record of the workshop: who took part, the spread per question, the consensus and notes. */
export default async function WorkshopSummaryPage({
  params,
}: Readonly<{ params: Promise<{ workshopId: string }> }>) {
  const { workshopId } = await params;
  const [access, t, format, locale] = await Promise.all([
    pageWorkshopAccess(workshopId),
    getTranslations("workshops"),
    getFormatter(),
    getLocale(),
  ]);
  const summary = await getWorkshopSummary(access, locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const explain = await getTranslations("explanations");
  const levelName = (level: number | null) => summary.levels.find((l) => l.level === level)?.name ?? null;
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">{t("summary.header", { model: summary.modelTitle })}</p>
        <h1 className="text-2xl font-semibold">{summary.assessment.title}</h1>
        <p className="text-slate-700">
          {summary.endedAt
            ? t("summary.metaEnded", {
                team: summary.assessment.team.name,
                created: date(summary.createdAt),
                ended: date(summary.endedAt),
                agreed: summary.recorded,
                total: summary.rows.length,
              })
            : t("summary.metaRunning", {
                team: summary.assessment.team.name,
                created: date(summary.createdAt),
                agreed: summary.recorded,
                total: summary.rows.length,
              })}
        </p>
        <div className="no-print flex flex-wrap items-center gap-3 pt-2">
          <PrintButton />
          {summary.resultsHref && summary.assessment.status === "SUBMITTED" ? (
            <Link className="text-brand-700 underline" href={summary.resultsHref}>
              {t("summary.results")}
            </Link>
          ) : null}
        </div>
      </header>
      <section>
        <h2 className="mb-2 font-semibold">
          {t("summary.participants", { count: summary.participants.length })}
        </h2>
        <p className="text-sm text-slate-800">
          {summary.participants
            .map((p) => (p.isGuest ? t("summary.guest", { name: p.name }) : p.name))
            .join(", ") || t("summary.nobody")}
        </p>
      </section>
      {summary.toDiscuss.length > 0 ? (
        <section className="break-inside-avoid">
          <h2 className="mb-2 font-semibold">{t("summary.followUp", { count: summary.toDiscuss.length })}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {summary.toDiscuss.map((r) => (
              <li key={r.question.id}>
                <span className="font-medium">{r.question.prompt}</span> (
                {r.disagreement ? renderMessage(explain, r.disagreement) : null})
                {r.consensus ? (
                  <>
                    {" "}
                    {t("summary.agreed")}{" "}
                    <LevelBadge
                      level={r.consensus.level}
                      name={r.consensus.notSure ? t("notSure") : levelName(r.consensus.level)}
                      maxLevel={summary.levels.length}
                    />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SummaryTable rows={summary.rows} levels={summary.levels} />
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge } from "@/components/level-badge";
import { PrintButton } from "@/components/workshop/print-button";
import { SummaryTable } from "@/components/workshop/summary-table";
import { getWorkshopSummary } from "@/lib/data/workshops/summary";
import { formatDate } from "@/lib/format";
import { pageWorkshopAccess } from "../access";

export const metadata: Metadata = { title: "Workshop summary" };
export const dynamic = "force-dynamic";

/** Printable record of the workshop: who took part, the spread per question, the consensus and notes. */
export default async function WorkshopSummaryPage({
  params,
}: Readonly<{ params: Promise<{ workshopId: string }> }>) {
  const { workshopId } = await params;
  const summary = await getWorkshopSummary(await pageWorkshopAccess(workshopId));
  const levelName = (level: number | null) => summary.levels.find((l) => l.level === level)?.name ?? null;
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">Workshop summary · {summary.modelTitle}</p>
        <h1 className="text-2xl font-semibold">{summary.assessment.title}</h1>
        <p className="text-slate-700">
          {summary.assessment.team.name} · {formatDate(summary.createdAt)}
          {summary.endedAt ? ` · ended ${formatDate(summary.endedAt)}` : " · in progress"} ·{" "}
          {summary.recorded} of {summary.rows.length} questions agreed
        </p>
        <div className="no-print flex flex-wrap items-center gap-3 pt-2">
          <PrintButton />
          {summary.resultsHref && summary.assessment.status === "SUBMITTED" ? (
            <Link className="text-brand-700 underline" href={summary.resultsHref}>
              Assessment results
            </Link>
          ) : null}
        </div>
      </header>
      <section>
        <h2 className="mb-2 font-semibold">Participants ({summary.participants.length})</h2>
        <p className="text-sm text-slate-800">
          {summary.participants.map((p) => `${p.name}${p.isGuest ? " (guest)" : ""}`).join(", ") ||
            "Nobody joined."}
        </p>
      </section>
      {summary.toDiscuss.length > 0 ? (
        <section className="break-inside-avoid">
          <h2 className="mb-2 font-semibold">Worth a follow-up ({summary.toDiscuss.length})</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {summary.toDiscuss.map((r) => (
              <li key={r.question.id}>
                <span className="font-medium">{r.question.prompt}</span> ({r.disagreement})
                {r.consensus ? (
                  <>
                    {" "}
                    · agreed{" "}
                    <LevelBadge
                      level={r.consensus.level}
                      name={r.consensus.notSure ? "Not sure" : levelName(r.consensus.level)}
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

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TMilestone } from "@/lib/journeys/timeline";
import { assessmentPath } from "@/lib/paths";

/** Every submitted assessment as a milestone, oldest first, linking to its results. */
export async function Milestones({
  orgSlug,
  milestones,
}: Readonly<{ orgSlug: string; milestones: TMilestone[] }>) {
  const t = await getTranslations("journeys.milestones");
  const format = await getFormatter();
  if (milestones.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ol className="relative space-y-3 border-l-2 border-brand-100 pl-5" aria-label={t("label")}>
      {milestones.map((m, i) => (
        <li key={m.id} className="relative">
          <span
            aria-hidden
            className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600"
          />
          <span className="text-sm text-slate-600">
            {format.dateTime(new Date(m.date), { dateStyle: "medium" })}
          </span>{" "}
          <Link
            className="font-medium text-brand-700 underline"
            href={assessmentPath(orgSlug, m.id, "results")}
          >
            {m.title}
          </Link>
          {m.teamName ? <span className="text-sm text-slate-600"> · {m.teamName}</span> : null}
          {i === milestones.length - 1 ? (
            <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
              {t("latest")}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

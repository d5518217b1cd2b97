import { getFormatter, getTranslations } from "next-intl/server";

type TRow = Readonly<{ version: number; editedAt: Date; editedByName: string; changes: string[] }>;

/** Edit history, newest first: who changed what, one revision per save. */
export async function RevisionHistory({ rows }: Readonly<{ rows: TRow[] }>) {
  const t = await getTranslations("journeys.history");
  const format = await getFormatter();
  return (
    <ol className="space-y-3" aria-label={t("label")}>
      {rows.map((r) => (
        <li
          key={r.version}
          className="rounded-md border border-slate-200 p-3 text-sm"
          data-testid="journey-revision"
        >
          <p className="text-slate-600">
            <span className="font-medium text-slate-900">{t("version", { version: r.version })}</span> ·{" "}
            {format.dateTime(r.editedAt, { dateStyle: "medium" })} · {r.editedByName}
          </p>
          <ul className="mt-1 list-disc pl-5 text-slate-800">
            {r.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

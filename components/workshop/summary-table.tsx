import { LevelBadge } from "@/components/level-badge";
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
  const name = (level: number | null) => levels.find((l) => l.level === level)?.name ?? null;
  const discussed = rows.filter((r) => r.summary || r.consensus || r.notes);
  const skipped = rows.filter((r) => !(r.summary || r.consensus || r.notes));
  return (
    <section className="space-y-3" data-testid="summary-table">
      <h2 className="font-semibold">Questions discussed ({discussed.length})</h2>
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
            <dt className="text-slate-600">Votes per level</dt>
            <dd className="tabular-nums">
              {r.summary
                ? [
                    ...r.summary.distribution.map((d) => `L${d.level} ${name(d.level)}: ${d.count}`),
                    ...(r.summary.notSure ? [`not sure: ${r.summary.notSure}`] : []),
                  ].join(" · ")
                : `${r.votes} votes, not revealed`}
            </dd>
            <dt className="text-slate-600">Median · spread</dt>
            <dd>
              {r.summary && r.summary.median !== null
                ? `L${r.summary.median} ${name(r.summary.median)} · ${r.summary.spread} level${r.summary.spread === 1 ? "" : "s"}`
                : "—"}
              {r.disagreement ? (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                  Worth discussing: {r.disagreement}
                </span>
              ) : null}
            </dd>
            <dt className="text-slate-600">Consensus</dt>
            <dd>
              {r.consensus ? (
                r.consensus.notSure ? (
                  "Not sure"
                ) : (
                  <LevelBadge
                    level={r.consensus.level}
                    name={name(r.consensus.level)}
                    maxLevel={levels.length}
                  />
                )
              ) : (
                "not recorded"
              )}
            </dd>
            {r.notes ? (
              <>
                <dt className="text-slate-600">Notes</dt>
                <dd className="whitespace-pre-line">{r.notes}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ))}
      {skipped.length > 0 ? (
        <div className="break-inside-avoid text-sm">
          <h2 className="font-semibold">Not discussed ({skipped.length})</h2>
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

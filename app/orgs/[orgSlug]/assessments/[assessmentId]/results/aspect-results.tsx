import Link from "next/link";
import { LevelBadge } from "@/components/level-badge";
import { Card } from "@/components/ui/card";
import { formatScore } from "@/lib/format";
import type { TMaturityModel } from "@/lib/model/schema";
import type { TAspectScore } from "@/lib/scoring/score";

const STATUS_TEXT = { answered: "", "not-sure": "Not sure", unanswered: "Unanswered" } as const;

/** The results table with each aspect's explanation: which answers led to the level, and why. */
export function AspectResults({ orgSlug, model, aspects }: Readonly<{ orgSlug: string; model: TMaturityModel; aspects: readonly TAspectScore[] }>) {
  const maxLevel = model.levels.length;
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-sm">
        <caption className="px-5 pt-4 text-left font-semibold text-slate-900">Level per aspect</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            <th scope="col" className="px-3 py-2 font-medium sm:px-5">Aspect</th>
            <th scope="col" className="px-3 py-2 font-medium">Score</th>
            <th scope="col" className="px-3 py-2 font-medium">Level</th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">Answered</th>
          </tr>
        </thead>
        {aspects.map((a) => (
          <tbody key={a.aspectId} className="border-b border-slate-100 last:border-0">
            <tr>
              <th scope="row" className="px-3 pt-3 text-left font-semibold sm:px-5">{a.aspectName}</th>
              <td className="px-3 pt-3 font-mono tabular-nums">{formatScore(a.score)}</td>
              <td className="px-3 pt-3"><LevelBadge level={a.level} name={a.levelName} maxLevel={maxLevel} /></td>
              <td className="hidden px-3 pt-3 text-slate-700 sm:table-cell">
                {a.answered}/{a.total}
                {a.notSure ? <span className="block text-xs">{a.notSure} not sure</span> : null}
              </td>
            </tr>
            <tr>
              <td colSpan={4} className="px-3 pb-3 pt-1 sm:px-5">
                <p className="text-xs text-slate-600 sm:hidden">{a.answered} of {a.total} answered{a.notSure ? `, ${a.notSure} not sure` : ""}</p>
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">
                    Why {a.level === null ? "not assessed" : a.levelName}?
                  </summary>
                  <div className="mt-2 space-y-2 text-slate-800">
                    {a.explanation.map((sentence) => <p key={sentence}>{sentence}</p>)}
                    <ul className="space-y-1 border-l-2 border-slate-200 pl-3">
                      {a.outcomes.map((o) => (
                        <li key={o.questionId}>
                          <span className="text-slate-700">{o.prompt}</span>{" "}
                          {o.status === "answered" ? (
                            <strong>→ {o.optionLabel} (level {o.level})</strong>
                          ) : (
                            <em className="text-slate-600">→ {STATUS_TEXT[o.status]}</em>
                          )}
                        </li>
                      ))}
                    </ul>
                    {a.nextLevel ? (
                      <p>
                        <Link className="font-medium text-brand-700 underline" href={`/orgs/${orgSlug}/models/${model.id}/${model.version}/${a.aspectId}/${a.nextLevel.level}`}>
                          What {a.nextLevel.name} looks like for {a.aspectName}
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

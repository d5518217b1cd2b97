import { useTranslations } from "next-intl";
import { LevelBadge } from "@/components/level-badge";
import { levelColours } from "@/lib/level-style";
import type { TPublicState } from "@/lib/workshops/public-state";

type TResult = NonNullable<TPublicState["result"]>;

/**
 * The revealed votes: one bar per level with its count written out (never colour alone), the median
 * and spread, and each participant's card (planning poker: names are shown after reveal).
 */
export function VoteDistribution({
  result,
  state,
  myId,
}: Readonly<{ result: TResult; state: TPublicState; myId?: string | null }>) {
  const t = useTranslations("workshops");
  const { summary } = result;
  const max = Math.max(1, ...summary.distribution.map((d) => d.count), summary.notSure);
  const maxLevel = state.levels.length;
  const name = (level: number | null) => state.levels.find((l) => l.level === level)?.name ?? "—";
  const rows = [
    ...summary.distribution.map((d) => ({
      key: String(d.level),
      label: t("levelName", { level: d.level, name: name(d.level) }),
      count: d.count,
      level: d.level as number | null,
    })),
    { key: "ns", label: t("notSure"), count: summary.notSure, level: null },
  ];
  const who = new Map(state.participants.map((p) => [p.id, p.name]));
  return (
    <div className="space-y-4" data-testid="distribution">
      <ul className="space-y-1.5" aria-label={t("distribution.perLevel")}>
        {rows.map((row) => (
          <li key={row.key} className="grid grid-cols-[7.5rem_1fr_2rem] items-center gap-2 text-sm">
            <span className="truncate text-slate-800">{row.label}</span>
            <span className="h-5 rounded bg-slate-100" aria-hidden="true">
              <span
                className="block h-5 rounded"
                style={{
                  width: `${(row.count / max) * 100}%`,
                  backgroundColor: levelColours(row.level, maxLevel).chart,
                }}
              />
            </span>
            <span className="text-right font-semibold tabular-nums">{row.count}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-800">
        {t.rich("distribution.summary", {
          answered: summary.answered,
          median:
            summary.median === null
              ? "—"
              : t("levelName", { level: summary.median, name: name(summary.median) }),
          spread: summary.spread ?? "—",
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
        {summary.disagreement ? (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
            {t("distribution.worth")}
          </span>
        ) : null}
      </p>
      <ul className="flex flex-wrap gap-2" aria-label={t("distribution.individual")}>
        {result.votes.map((v) => (
          <li
            key={v.participantId}
            className={`flex min-w-0 items-center gap-1.5 rounded-md border px-2 py-1 text-xs ${v.participantId === myId ? "border-brand-600" : "border-slate-200"}`}
          >
            <span className="max-w-[10rem] truncate">
              {v.participantId === myId
                ? t("distribution.you", { name: who.get(v.participantId) ?? "?" })
                : (who.get(v.participantId) ?? "?")}
            </span>
            {v.notSure ? (
              <span className="text-slate-700">{t("notSure")}</span>
            ) : (
              <LevelBadge level={v.level} name={name(v.level)} maxLevel={maxLevel} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

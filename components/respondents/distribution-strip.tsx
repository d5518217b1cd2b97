import { useTranslations } from "next-intl";
import type { TVoteSummary } from "@/lib/consensus/aggregate";
import { levelColours } from "@/lib/level-style";

type TProps = Readonly<{
  summary: TVoteSummary;
  levelNames: Readonly<Record<number, string>>;
  label: string;
  /** What the counts count (read out after each number). */
  unit?: "answers" | "respondents";
}>;

/**
 * How many chose each level, as small bars. A plain list, so the numbers are the text alternative:
 * a screen reader reads "L2 · Operational: 3 answers". Colour is never the only signal.
 */
export function DistributionStrip({ summary, levelNames, label, unit = "answers" }: TProps) {
  const t = useTranslations("respondents");
  const max = Math.max(1, ...summary.distribution.map((d) => d.count), summary.notSure);
  const rows = [
    ...summary.distribution.map((d) => ({
      key: String(d.level),
      name: t("strip.level", { level: d.level, name: levelNames[d.level] ?? "" }),
      count: d.count,
      colour: levelColours(d.level, summary.distribution.length).chart,
    })),
    ...(summary.notSure > 0
      ? [{ key: "not-sure", name: t("notSure"), count: summary.notSure, colour: "#94a3b8" }]
      : []),
  ];
  return (
    <ul aria-label={label} className="space-y-1">
      {rows.map((row) => (
        <li
          key={row.key}
          className="grid grid-cols-[minmax(0,8.5rem)_1fr_2.5rem] items-center gap-2 text-xs text-slate-800"
        >
          <span className="truncate">
            {row.name}
            <span className="sr-only">:</span>
          </span>
          <span aria-hidden="true" className="h-3 rounded-sm bg-slate-100">
            <span
              className="block h-3 rounded-sm"
              style={{ width: `${(row.count / max) * 100}%`, backgroundColor: row.colour }}
            />
          </span>
          <span className="text-right font-mono tabular-nums">
            {row.count}
            <span className="sr-only"> {t(`strip.${unit}.${row.count === 1 ? "one" : "other"}`)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";
import { levelScaleIndex } from "@/lib/level-style";
import { assessmentPath, teamPath } from "@/lib/paths";

export type THeatmapAspect = Readonly<{ id: string; name: string }>;
export type THeatmapTeam = Readonly<{
  teamId: string;
  teamName: string;
  group: string;
  assessmentId: string | null;
  submittedLabel: string;
  levels: Readonly<Record<string, number | null>>;
  /** Per aspect: "low" marks a low-confidence result; "hidden" hides one below the confidence filter. */
  marks?: Readonly<Record<string, "low" | "hidden">>;
}>;

/**
 * Teams × aspects heatmap as an HTML table: every cell is coloured by level AND says the level in
 * words, and links to the team's latest results (the drill-down). Server-rendered, no chart library.
 * A low-confidence result is marked with a "?" after the level's name and a dashed outline, and says
 * so in the link's name (never by colour alone).
 */
export function HeatmapTable({
  orgSlug,
  aspects,
  teams,
  levelNames,
  maxLevel,
  caption,
}: Readonly<{
  /** null: a shared, read-only view (app/share): team names and cells are text, not links into the app. */
  orgSlug: string | null;
  aspects: readonly THeatmapAspect[];
  teams: readonly THeatmapTeam[];
  levelNames: readonly string[];
  maxLevel: number;
  caption: string;
}>) {
  const t = useTranslations("charts");
  return (
    <div className="overflow-x-auto">
      <table className="hm min-w-full border-separate border-spacing-1 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="px-2 py-2 font-medium">
              {t("heatmap.team")}
            </th>
            {aspects.map((a) => (
              <th key={a.id} scope="col" className="px-2 py-2 font-medium">
                {a.name}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 font-medium">
              {t("heatmap.latest")}
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => {
            const results =
              team.assessmentId && orgSlug ? assessmentPath(orgSlug, team.assessmentId, "results") : null;
            return (
              <tr key={team.teamId}>
                <th scope="row">
                  {orgSlug ? (
                    <Link href={teamPath(orgSlug, team.teamId)} prefetch={false}>
                      {team.teamName}
                    </Link>
                  ) : (
                    team.teamName
                  )}
                  {team.group ? <small>{team.group}</small> : null}
                </th>
                {aspects.map((a) =>
                  team.marks?.[a.id] === "hidden" ? (
                    <td key={a.id} className="hm-none">
                      {t("heatmap.belowConfidence")}
                    </td>
                  ) : team.assessmentId ? (
                    <HeatmapCell
                      key={a.id}
                      href={results}
                      aspect={a.name}
                      level={team.levels[a.id] ?? null}
                      levelNames={levelNames}
                      maxLevel={maxLevel}
                      low={team.marks?.[a.id] === "low"}
                    />
                  ) : (
                    <td key={a.id} className="hm-none">
                      {t("notAssessed")}
                    </td>
                  ),
                )}
                <td className="hm-date">{team.submittedLabel}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One coloured cell. Markup is deliberately lean (classes from app/globals.css, a plain <a>: the
 * results page is a full navigation anyway): at 50 rows × 5 aspects it is most of the page's bytes.
 */
function HeatmapCell({
  href,
  aspect,
  level,
  levelNames,
  maxLevel,
  low = false,
}: Readonly<{
  href: string | null;
  aspect: string;
  level: number | null;
  levelNames: readonly string[];
  maxLevel: number;
  low?: boolean;
}>) {
  const t = useTranslations("charts");
  const name = level === null ? t("notAssessed") : (levelNames[level - 1] ?? t("levelNumber", { level }));
  const levelText = level === null ? name : t("levelName", { level, name });
  const mark = low ? <i>?</i> : null;
  return (
    <td className={`hm-${levelScaleIndex(level, maxLevel)}${low ? " hm-lc" : ""}`}>
      {/* The row header names the team; keeping the team name out of the cell label leaves one link per team name on the page. */}
      {href ? (
        <a href={href} aria-label={t(low ? "heatmap.cellLow" : "heatmap.cell", { aspect, level: levelText })}>
          <b>{level === null ? "—" : `L${level}`}</b>{" "}
          <small>
            {name}
            {mark}
          </small>
        </a>
      ) : (
        <span>
          <b>{level === null ? "—" : `L${level}`}</b>{" "}
          <small>
            {name}
            {mark}
          </small>
        </span>
      )}
    </td>
  );
}

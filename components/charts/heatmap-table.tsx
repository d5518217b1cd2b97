import Link from "next/link";
import { levelColours } from "@/lib/level-style";
import { assessmentPath, teamPath } from "@/lib/paths";

export type THeatmapAspect = Readonly<{ id: string; name: string }>;
export type THeatmapTeam = Readonly<{
  teamId: string;
  teamName: string;
  group: string;
  assessmentId: string | null;
  submittedLabel: string;
  levels: Readonly<Record<string, number | null>>;
}>;

/**
 * Teams × aspects heatmap as an HTML table: every cell is coloured by level AND says the level in
 * words, and links to the team's latest results (the drill-down). Server-rendered, no chart library.
 */
export function HeatmapTable({
  orgSlug,
  aspects,
  teams,
  levelNames,
  maxLevel,
  caption,
}: Readonly<{
  orgSlug: string;
  aspects: readonly THeatmapAspect[];
  teams: readonly THeatmapTeam[];
  levelNames: readonly string[];
  maxLevel: number;
  caption: string;
}>) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-separate border-spacing-1 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="px-2 py-2 font-medium">
              Team
            </th>
            {aspects.map((a) => (
              <th key={a.id} scope="col" className="px-2 py-2 font-medium">
                {a.name}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 font-medium">
              Latest
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.teamId}>
              <th scope="row" className="max-w-48 px-2 py-1 text-left font-medium">
                <Link
                  href={teamPath(orgSlug, team.teamId)}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {team.teamName}
                </Link>
                {team.group ? (
                  <span className="block text-xs font-normal text-slate-600">{team.group}</span>
                ) : null}
              </th>
              {aspects.map((a) => (
                <HeatmapCell
                  key={a.id}
                  orgSlug={orgSlug}
                  team={team}
                  aspect={a}
                  levelNames={levelNames}
                  maxLevel={maxLevel}
                />
              ))}
              <td className="whitespace-nowrap px-2 py-1 text-slate-700">{team.submittedLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeatmapCell({
  orgSlug,
  team,
  aspect,
  levelNames,
  maxLevel,
}: Readonly<{
  orgSlug: string;
  team: THeatmapTeam;
  aspect: THeatmapAspect;
  levelNames: readonly string[];
  maxLevel: number;
}>) {
  if (!team.assessmentId)
    return <td className="rounded bg-slate-50 px-2 py-1 text-center text-xs text-slate-600">Not assessed</td>;
  const level = team.levels[aspect.id] ?? null;
  const colours = levelColours(level, maxLevel);
  const name = level === null ? "Not assessed" : (levelNames[level - 1] ?? `Level ${level}`);
  const text = level === null ? "—" : `L${level}`;
  return (
    <td className="rounded p-0 text-center" style={{ backgroundColor: colours.bg, color: colours.fg }}>
      <Link
        href={assessmentPath(orgSlug, team.assessmentId, "results")}
        // The row header names the team; keeping the team name out of the cell label leaves one link per team name on the page.
        aria-label={`${aspect.name}: ${level === null ? "not assessed" : `L${level} ${name}`} (latest results)`}
        className="block rounded px-2 py-1 hover:underline"
      >
        <span className="block font-semibold">{text}</span>
        <span className="block whitespace-nowrap text-xs">{name}</span>
      </Link>
    </td>
  );
}

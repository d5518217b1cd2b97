/**
 * What the org PDF report shows (pure): the heatmap of teams × aspects (every team in the filter, by
 * name), teams per level, median against median target, plan progress and stale teams, with the
 * filters that produced it. See docs/reports.md.
 */
import { distributionRows, type TLevelCount } from "@/lib/dashboard/distribution";
import { quarterLabel } from "@/lib/dashboard/quarters";
import type { TMaturityModel } from "@/lib/model/schema";

export type TOrgReportInput = Readonly<{
  orgName: string;
  generatedAt: Date;
  model: TMaturityModel;
  filters: Readonly<{ group: string | null; from: string | null; to: string | null; stale: number }>;
  summary: Readonly<{ teams: number; assessed: number; recent: number; stale: number; never: number }>;
  heatmap: ReadonlyArray<
    Readonly<{
      teamName: string;
      group: string;
      submittedAt: Date | null;
      levels: Readonly<Record<string, number | null>>;
    }>
  >;
  distribution: readonly TLevelCount[];
  medians: ReadonlyArray<
    Readonly<{ aspectId: string; medianLevel: number | null; medianTarget: number | null }>
  >;
  plans: ReadonlyArray<
    Readonly<{ teamName: string; iterationName: string | null; done: number; total: number; overdue: number }>
  >;
  plansTotal: number;
  staleTeams: ReadonlyArray<Readonly<{ teamName: string; submittedAt: Date | null }>>;
  staleTotal: number;
  /** The trends page's data (lib/data/dashboard/trends.ts): medians per quarter, movement, movers. */
  trends?: TOrgTrendsInput;
}>;

export type TOrgTrendsInput = Readonly<{
  medians: ReadonlyArray<Readonly<{ quarter: Date; aspectId: string; medianLevel: number | null }>>;
  movement: ReadonlyArray<
    Readonly<{ quarter: Date; aspectId: string; up: number; down: number; same: number }>
  >;
  movers: Readonly<{
    quarter: Date | null;
    total: number;
    teams: ReadonlyArray<Readonly<{ teamName: string; up: number; down: number }>>;
  }>;
}>;

/** Quarters the report's trend table shows (the latest with data). */
export const REPORT_TREND_QUARTERS = 6;
/** Teams the movers table lists. */
export const REPORT_MOVERS = 10;

export type TOrgReport = Readonly<{
  orgName: string;
  generatedOn: string;
  modelTitle: string;
  filterNote: string[];
  maxLevel: number;
  levelNames: string[];
  aspects: Array<Readonly<{ id: string; name: string }>>;
  summary: TOrgReportInput["summary"];
  heatmap: Array<
    Readonly<{ teamName: string; group: string; submittedOn: string | null; levels: Array<number | null> }>
  >;
  distribution: Array<Readonly<{ aspect: string; counts: number[]; none: number }>>;
  medians: Array<Readonly<{ aspect: string; median: number | null; target: number | null }>>;
  plans: TOrgReportInput["plans"];
  plansTotal: number;
  staleTeams: Array<Readonly<{ teamName: string; submittedOn: string | null }>>;
  staleTotal: number;
  staleDays: number;
  /** Median level per aspect in each of the latest quarters with data ("2026 Q3"), oldest first. */
  trends: Readonly<{
    quarters: string[];
    rows: Array<Readonly<{ aspect: string; medians: Array<number | null> }>>;
  }>;
  /** Per aspect, teams up / down / same in the latest quarter against the one before; the teams that moved. */
  movement: Readonly<{
    quarter: string | null;
    rows: Array<Readonly<{ aspect: string; up: number; down: number; same: number }>>;
    movers: Array<Readonly<{ teamName: string; up: number; down: number }>>;
    moversTotal: number;
  }>;
}>;

/** Trends and movement for the report (pure): the last quarters with data, the latest quarter's moves. */
export function shapeTrends(
  aspects: ReadonlyArray<Readonly<{ id: string; name: string }>>,
  trends: TOrgTrendsInput | undefined,
): Pick<TOrgReport, "trends" | "movement"> {
  const times = [...new Set((trends?.medians ?? []).map((m) => m.quarter.getTime()))]
    .sort((a, b) => a - b)
    .slice(-REPORT_TREND_QUARTERS);
  const median = new Map((trends?.medians ?? []).map((m) => [`${m.quarter.getTime()}:${m.aspectId}`, m]));
  const lastMove = Math.max(...(trends?.movement ?? []).map((m) => m.quarter.getTime()), -Infinity);
  const moves = (trends?.movement ?? []).filter((m) => m.quarter.getTime() === lastMove);
  return {
    trends: {
      quarters: times.map((t) => quarterLabel(new Date(t))),
      rows: aspects.map((a) => ({
        aspect: a.name,
        medians: times.map((t) => median.get(`${t}:${a.id}`)?.medianLevel ?? null),
      })),
    },
    movement: {
      quarter: moves.length ? quarterLabel(new Date(lastMove)) : null,
      rows: moves.length
        ? aspects.map((a) => {
            const m = moves.find((x) => x.aspectId === a.id);
            return { aspect: a.name, up: m?.up ?? 0, down: m?.down ?? 0, same: m?.same ?? 0 };
          })
        : [],
      movers: (trends?.movers.teams ?? []).slice(0, REPORT_MOVERS).map((t) => ({ ...t })),
      moversTotal: trends?.movers.total ?? 0,
    },
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function shapeOrgReport(input: TOrgReportInput): TOrgReport {
  const { model } = input;
  const maxLevel = model.levels.length;
  const medians = new Map(input.medians.map((m) => [m.aspectId, m]));
  const filterNote = [
    ...(input.filters.group ? [`group: ${input.filters.group}`] : []),
    ...(input.filters.from || input.filters.to
      ? [`${input.filters.from ?? "…"} – ${input.filters.to ?? "…"}`]
      : []),
  ];
  return {
    orgName: input.orgName,
    generatedOn: day(input.generatedAt),
    modelTitle: `${model.title} v${model.version}`,
    filterNote,
    maxLevel,
    levelNames: model.levels.map((l) => l.name),
    aspects: model.aspects.map((a) => ({ id: a.id, name: a.name })),
    summary: input.summary,
    heatmap: input.heatmap.map((r) => ({
      teamName: r.teamName,
      group: r.group,
      submittedOn: r.submittedAt ? day(r.submittedAt) : null,
      levels: model.aspects.map((a) => (r.submittedAt ? (r.levels[a.id] ?? null) : null)),
    })),
    distribution: distributionRows(input.distribution, model.aspects, maxLevel).map((r) => ({
      aspect: r.aspect,
      counts: model.levels.map((l) => Number(r[`l${l.level}`] ?? 0)),
      none: Number(r.none ?? 0),
    })),
    medians: model.aspects.map((a) => ({
      aspect: a.name,
      median: medians.get(a.id)?.medianLevel ?? null,
      target: medians.get(a.id)?.medianTarget ?? null,
    })),
    plans: input.plans,
    plansTotal: input.plansTotal,
    staleTeams: input.staleTeams.map((s) => ({
      teamName: s.teamName,
      submittedOn: s.submittedAt ? day(s.submittedAt) : null,
    })),
    staleTotal: input.staleTotal,
    staleDays: input.filters.stale,
    ...shapeTrends(model.aspects, input.trends),
  };
}

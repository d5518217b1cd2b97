/**
 * Timeline of a journey: every submitted assessment as a milestone, and one series per aspect for
 * the line charts. Pure: the DAL passes rows, the chart gets plain points.
 */
import type { TMaturityModel } from "@/lib/model/schema";

export type TTimelineAssessment = Readonly<{
  id: string;
  title: string;
  teamName?: string;
  submittedAt: Date | string;
  scores: ReadonlyArray<Readonly<{ aspectId: string; score: number | null; level: number | null }>>;
}>;

export type TMilestone = Readonly<{ id: string; title: string; teamName?: string; date: string }>;
export type TSeriesPoint = Readonly<{
  assessmentId: string;
  date: string;
  score: number | null;
  level: number | null;
}>;
export type TAspectSeries = Readonly<{
  aspectId: string;
  aspectName: string;
  target: number | null;
  points: TSeriesPoint[];
}>;
export type TTimeline = Readonly<{ milestones: TMilestone[]; series: TAspectSeries[] }>;

const isoDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value).toISOString();

/** Oldest first; ties keep a stable order by id so the chart never reshuffles. */
function byDate(a: TTimelineAssessment, b: TTimelineAssessment) {
  const diff = new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime();
  return diff !== 0 ? diff : a.id.localeCompare(b.id);
}

/**
 * Milestones and per-aspect series over the submitted assessments, oldest first. An aspect without
 * a score in an assessment gets a null point (a gap in the line, never a fake level 1).
 */
export function buildTimeline(
  model: TMaturityModel,
  assessments: readonly TTimelineAssessment[],
  targets: Readonly<Record<string, number>>,
): TTimeline {
  const sorted = [...assessments].sort(byDate);
  const milestones = sorted.map((a) => ({
    id: a.id,
    title: a.title,
    date: isoDate(a.submittedAt),
    ...(a.teamName ? { teamName: a.teamName } : {}),
  }));
  const series = model.aspects.map((aspect) => ({
    aspectId: aspect.id,
    aspectName: aspect.name,
    target: targets[aspect.id] ?? null,
    points: sorted.map((a) => {
      const s = a.scores.find((x) => x.aspectId === aspect.id);
      return {
        assessmentId: a.id,
        date: isoDate(a.submittedAt),
        score: s?.score ?? null,
        level: s?.level ?? null,
      };
    }),
  }));
  return { milestones, series };
}

/** The levels of the newest assessment in a timeline (aspectId → level), for the gap table. */
export function latestLevels(timeline: TTimeline): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const s of timeline.series) out[s.aspectId] = s.points.at(-1)?.level ?? null;
  return out;
}

/** Y axis of the per-aspect charts: always the model's whole scale, one tick per level. */
export function levelAxis(maxLevel: number) {
  return {
    domain: [1, maxLevel] as [number, number],
    ticks: Array.from({ length: maxLevel }, (_, i) => i + 1),
  };
}

/** Text alternative for one aspect's chart ("Investment over 3 assessments: 1.50, 2.00, 2.75; target level 3."). */
export function describeSeries(series: TAspectSeries, formatDate: (iso: string) => string): string {
  const values = series.points.map(
    (p) => `${formatDate(p.date)} ${p.score === null ? "not assessed" : p.score.toFixed(2)}`,
  );
  const target = series.target === null ? "no target" : `target level ${series.target}`;
  return `${series.aspectName} over ${series.points.length} assessment${series.points.length === 1 ? "" : "s"}: ${values.join(", ") || "no data"}; ${target}.`;
}

/** Median of numbers; `lower` picks the lower middle value (a real level) instead of averaging. */
export function median(values: readonly number[], { lower = false } = {}): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor((sorted.length - 1) / 2);
  if (lower || sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid]! + sorted[mid + 1]!) / 2;
}

type TOrgAssessment = TTimelineAssessment & Readonly<{ teamId: string }>;
type TScore = TTimelineAssessment["scores"][number];

/**
 * Organization-wide timeline: after each submitted assessment (oldest first), the median over every
 * team's latest assessment so far. Levels use the lower median so the value is always a real level.
 */
export function buildOrgTimeline(
  model: TMaturityModel,
  assessments: readonly TOrgAssessment[],
  targets: Readonly<Record<string, number>>,
): TTimeline {
  const sorted = [...assessments].sort(byDate);
  const latestByTeam = new Map<string, readonly TScore[]>();
  const snapshots = sorted.map((a) => {
    latestByTeam.set(a.teamId, a.scores);
    const scores = model.aspects.map((aspect) => {
      const rows = [...latestByTeam.values()]
        .map((s) => s.find((x) => x.aspectId === aspect.id))
        .filter((s): s is TScore => s?.level != null);
      const score = median(rows.map((r) => r.score).filter((v): v is number => v !== null));
      return {
        aspectId: aspect.id,
        score: score === null ? null : Math.round(score * 100) / 100,
        level: median(
          rows.map((r) => r.level!),
          { lower: true },
        ),
      };
    });
    return { ...a, scores };
  });
  return buildTimeline(model, snapshots, targets);
}

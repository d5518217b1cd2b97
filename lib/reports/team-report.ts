/**
 * What the team PDF report shows (pure): per aspect the level, mean, explanation, confidence and the
 * gap to the team's active journey target; the open plan steps in priority order. See docs/reports.md.
 */
import { englishExplanations, renderMessage } from "@/i18n/render";
import type { TMessage } from "@/lib/i18n/message";
import type { TMaturityModel } from "@/lib/model/schema";
import type { TAspectScore } from "@/lib/scoring/score";
import { formatScore } from "@/lib/format";

export type TReportStep = Readonly<{
  title: string;
  aspectId: string;
  level: number;
  status: "TODO" | "DOING" | "DONE" | "DROPPED";
  dueOn: string | null;
  ownerName: string | null;
}>;

export type TTeamReportInput = Readonly<{
  orgName: string;
  teamName: string;
  assessmentTitle: string;
  submittedAt: Date | null;
  generatedAt: Date;
  model: TMaturityModel;
  aspects: readonly TAspectScore[];
  /** Community means (imported community models) instead of scores, per aspect. */
  means?: Readonly<Record<string, string | null>>;
  journey: Readonly<{ title: string; targets: Readonly<Record<string, number>> }> | null;
  steps: readonly TReportStep[];
  /** Renders the explanation descriptors in the reader's language (default: English). */
  explain?: (message: TMessage) => string;
}>;

export type TTeamReportRow = Readonly<{
  aspectId: string;
  aspectName: string;
  level: number | null;
  levelName: string | null;
  mean: string;
  lowConfidence: boolean;
  explanation: string[];
  target: number | null;
  targetName: string | null;
  /** Levels still to go (0 = target reached), null without a target or a level. */
  gap: number | null;
}>;

export type TTeamReport = Readonly<{
  orgName: string;
  teamName: string;
  assessmentTitle: string;
  submittedOn: string | null;
  generatedOn: string;
  modelTitle: string;
  maxLevel: number;
  levelNames: string[];
  rows: TTeamReportRow[];
  radar: Readonly<{ labels: string[]; values: Array<number | null> }>;
  journeyTitle: string | null;
  steps: Array<TReportStep & { aspectName: string }>;
  moreSteps: number;
}>;

export const REPORT_MAX_STEPS = 15;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Levels between `level` and `target` (never negative), or null when either is unknown. */
export function gapToTarget(level: number | null, target: number | null): number | null {
  if (level === null || target === null) return null;
  return Math.max(0, target - level);
}

export function shapeTeamReport(input: TTeamReportInput): TTeamReport {
  const { model } = input;
  const explain = input.explain ?? ((m: TMessage) => renderMessage(englishExplanations, m));
  const levelName = (level: number | null) =>
    level === null ? null : (model.levels[level - 1]?.name ?? null);
  const aspectName = new Map(model.aspects.map((a) => [a.id, a.name]));
  const rows = input.aspects.map((a): TTeamReportRow => {
    const target = input.journey?.targets[a.aspectId] ?? null;
    return {
      aspectId: a.aspectId,
      aspectName: a.aspectName,
      level: a.level,
      levelName: a.levelName,
      mean: input.means ? (input.means[a.aspectId] ?? "—") : formatScore(a.score),
      lowConfidence: a.isLowConfidence,
      explanation: a.explanation.map(explain),
      target,
      targetName: levelName(target),
      gap: gapToTarget(a.level, target),
    };
  });
  const open = input.steps.filter((s) => s.status === "TODO" || s.status === "DOING");
  return {
    orgName: input.orgName,
    teamName: input.teamName,
    assessmentTitle: input.assessmentTitle,
    submittedOn: input.submittedAt ? day(input.submittedAt) : null,
    generatedOn: day(input.generatedAt),
    modelTitle: `${model.title} v${model.version}`,
    maxLevel: model.levels.length,
    levelNames: model.levels.map((l) => l.name),
    rows,
    radar: { labels: rows.map((r) => r.aspectName), values: input.aspects.map((a) => a.score) },
    journeyTitle: input.journey?.title ?? null,
    steps: open
      .slice(0, REPORT_MAX_STEPS)
      .map((s) => ({ ...s, aspectName: aspectName.get(s.aspectId) ?? s.aspectId })),
    moreSteps: Math.max(0, open.length - REPORT_MAX_STEPS),
  };
}

/**
 * Target vs. current level per aspect, and which model cell describes the next step. Pure.
 */
import type { TCell, TMaturityModel } from "@/lib/model/schema";

export type TGapStatus = "no-target" | "not-assessed" | "below" | "reached" | "above";

export type TAspectGap = Readonly<{
  aspectId: string;
  aspectName: string;
  current: number | null;
  target: number | null;
  /** target − current: levels still to go (negative = above target); null without both values. */
  gap: number | null;
  status: TGapStatus;
  /** The model cell to work towards next, or null when the target is reached or nothing is left. */
  next: Pick<TCell, "level" | "tagline" | "description"> | null;
}>;

/**
 * The level to work towards next: one above the current level ("not assessed" counts as 0, so
 * the first step is level 1), capped at the target, or at the model's top level without a target.
 * Null once the target (or the top) is reached.
 */
export function nextStepLevel(
  current: number | null,
  target: number | null,
  maxLevel: number,
): number | null {
  const cap = target ?? maxLevel;
  const next = (current ?? 0) + 1;
  if ((current ?? 0) >= cap) return null;
  return Math.min(next, cap);
}

export function gapStatus(current: number | null, target: number | null): TGapStatus {
  if (target === null) return "no-target";
  if (current === null) return "not-assessed";
  if (current < target) return "below";
  return current === target ? "reached" : "above";
}

/** The model cell for (aspect, level), or null for an unknown aspect or level. */
export function findCell(model: TMaturityModel, aspectId: string, level: number | null) {
  if (level === null) return null;
  return model.aspects.find((a) => a.id === aspectId)?.cells.find((c) => c.level === level) ?? null;
}

/** One row per aspect of the model, in model order. Levels for aspects not in the model are ignored. */
export function computeAspectGaps(
  model: TMaturityModel,
  targets: Readonly<Record<string, number>>,
  current: Readonly<Record<string, number | null>>,
): TAspectGap[] {
  const maxLevel = model.levels.length;
  return model.aspects.map((aspect) => {
    const target = targets[aspect.id] ?? null;
    const level = current[aspect.id] ?? null;
    const cell = findCell(model, aspect.id, nextStepLevel(level, target, maxLevel));
    return {
      aspectId: aspect.id,
      aspectName: aspect.name,
      current: level,
      target,
      gap: target !== null && level !== null ? target - level : null,
      status: gapStatus(level, target),
      next: cell ? { level: cell.level, tagline: cell.tagline, description: cell.description } : null,
    };
  });
}

const STATUS_TEXT: Record<TGapStatus, string> = {
  "no-target": "No target",
  "not-assessed": "Not assessed yet",
  below: "",
  reached: "Target reached",
  above: "Above target",
};

/** Short text for the gap column ("2 levels to go", "Target reached", …). */
export function describeGap(gap: Pick<TAspectGap, "gap" | "status">): string {
  if (gap.status !== "below") return STATUS_TEXT[gap.status];
  return gap.gap === 1 ? "1 level to go" : `${gap.gap} levels to go`;
}

/** One line per journey card: "Investment → L3 Scalable · Adoption → L2 Operational" (model order). */
export function summarizeTargets(
  model: Pick<TMaturityModel, "aspects" | "levels">,
  targets: Readonly<Record<string, number>>,
): string {
  const parts = model.aspects
    .filter((a) => targets[a.id] !== undefined)
    .map((a) =>
      `${a.name} → L${targets[a.id]} ${model.levels.find((l) => l.level === targets[a.id])?.name ?? ""}`.trim(),
    );
  return parts.length > 0 ? parts.join(" · ") : "No targets set";
}

/**
 * Candidate steps drawn from the model: for each aspect below its target, the cell of the next level
 * (one above the current level; "not assessed" counts as 0) supplies its suggested steps and its
 * characteristics. Pure and deterministic: model order of aspects, then suggested steps, then
 * characteristics, each in content order.
 */
import type { TMaturityModel } from "@/lib/model/schema";

export type TSuggestionKind = "step" | "characteristic";

export type TSuggestion = Readonly<{
  /** Stable id of the content item: `<aspectId>:L<level>:s<i>` (suggested step) or `:c<i>` (characteristic). */
  key: string;
  kind: TSuggestionKind;
  aspectId: string;
  aspectName: string;
  level: number;
  /** Proposed step title. */
  title: string;
  /** The model characteristic the step advances (for a suggested step: the cell's tagline). */
  characteristic: string;
}>;

export const MAX_TITLE_LENGTH = 200;

/** Shortens text to `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max = MAX_TITLE_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const suggestionKey = (aspectId: string, level: number, kind: TSuggestionKind, index: number) =>
  `${aspectId}:L${level}:${kind === "step" ? "s" : "c"}${index}`;

/**
 * The level to plan for in an aspect: current + 1, or null when there is no target or the current
 * level is at or above it.
 */
export function planLevel(current: number | null, target: number | null): number | null {
  if (target === null) return null;
  const level = (current ?? 0) + 1;
  return level > target ? null : level;
}

/**
 * Suggestions for a journey's gap, skipping keys already in the plan (`plannedKeys`, whatever their
 * status). Aspects whose model has no cell for the level (e.g. imported models without cells) get none.
 */
export function suggestSteps(
  model: Pick<TMaturityModel, "aspects">,
  current: Readonly<Record<string, number | null>>,
  targets: Readonly<Record<string, number>>,
  plannedKeys: ReadonlySet<string> = new Set(),
): TSuggestion[] {
  const out: TSuggestion[] = [];
  for (const aspect of model.aspects) {
    const level = planLevel(current[aspect.id] ?? null, targets[aspect.id] ?? null);
    const cell = level === null ? undefined : aspect.cells.find((c) => c.level === level);
    if (level === null || !cell) continue;
    const base = { aspectId: aspect.id, aspectName: aspect.name, level };
    (cell.suggestedSteps ?? []).forEach((text, i) => {
      out.push({
        ...base,
        key: suggestionKey(aspect.id, level, "step", i),
        kind: "step",
        title: clip(text),
        characteristic: cell.tagline,
      });
    });
    (cell.characteristics ?? []).forEach((text, i) => {
      out.push({
        ...base,
        key: suggestionKey(aspect.id, level, "characteristic", i),
        kind: "characteristic",
        title: clip(text),
        characteristic: text,
      });
    });
  }
  return out.filter((s) => !plannedKeys.has(s.key));
}

/** The characteristics a custom step may point at: those of the aspect's cell at `level` (may be empty). */
export function characteristicsFor(
  model: Pick<TMaturityModel, "aspects">,
  aspectId: string,
  level: number,
): string[] {
  return (
    model.aspects.find((a) => a.id === aspectId)?.cells.find((c) => c.level === level)?.characteristics ?? []
  );
}

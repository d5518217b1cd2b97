/**
 * Colours for maturity levels: a sequential scale (more ink = more mature), always shown together with
 * the level's name so colour is never the only signal. Text/background pairs meet WCAG AA (≥ 4.5:1).
 */
export const LEVEL_SCALE = [
  { bg: "#f1f5f9", fg: "#0f172a", chart: "#94a3b8" }, // not assessed
  { bg: "#fde68a", fg: "#422006", chart: "#f59e0b" },
  { bg: "#bae6fd", fg: "#0c4a6e", chart: "#0ea5e9" },
  { bg: "#a5b4fc", fg: "#1e1b4b", chart: "#6366f1" },
  { bg: "#3730a3", fg: "#ffffff", chart: "#3730a3" },
  { bg: "#1e1b4b", fg: "#ffffff", chart: "#1e1b4b" },
] as const;

/** The index into the colour scale: 0 = not assessed, 1..5 spread over the model's levels. */
export function levelScaleIndex(level: number | null, maxLevel = 4): number {
  if (level === null || level < 1) return 0;
  // Spread models with fewer or more levels across the same scale.
  const index = maxLevel <= 1 ? 1 : Math.round(1 + ((level - 1) * 3) / (maxLevel - 1));
  return Math.min(Math.max(index, 1), LEVEL_SCALE.length - 1);
}

export function levelColours(level: number | null, maxLevel = 4) {
  return LEVEL_SCALE[levelScaleIndex(level, maxLevel)] ?? LEVEL_SCALE[0];
}

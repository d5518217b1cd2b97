/**
 * Movement between two quarters: per team and aspect, did the level go up, down or stay? Only teams
 * with a level in BOTH quarters move; a team assessed in only one of them (or an aspect not assessed)
 * is left out, never counted as a move from or to "level 0".
 */
export type TDirection = "up" | "down" | "same";
export type TMovementCounts = Record<TDirection, number>;

export function direction(
  previous: number | null | undefined,
  current: number | null | undefined,
): TDirection | null {
  if (previous == null || current == null) return null;
  if (current > previous) return "up";
  return current < previous ? "down" : "same";
}

/** Counts per aspect of teams whose level went up, down or stayed between `previous` and `current`. */
export function movementByAspect(
  previous: ReadonlyMap<string, Readonly<Record<string, number | null>>>,
  current: ReadonlyMap<string, Readonly<Record<string, number | null>>>,
  aspectIds: readonly string[],
): Record<string, TMovementCounts> {
  const out: Record<string, TMovementCounts> = {};
  for (const aspectId of aspectIds) out[aspectId] = { up: 0, down: 0, same: 0 };
  for (const [teamId, levels] of current) {
    const before = previous.get(teamId);
    if (!before) continue;
    for (const aspectId of aspectIds) {
      const d = direction(before[aspectId], levels[aspectId]);
      if (d) out[aspectId]![d] += 1;
    }
  }
  return out;
}

/** A team's overall move: "up" if some aspect rose and none fell, "down" if some fell and none rose, else "mixed"/"same". */
export function teamMove(moves: ReadonlyArray<TDirection | null>): TDirection | "mixed" | null {
  const known = moves.filter((m): m is TDirection => m !== null);
  if (known.length === 0) return null;
  const up = known.includes("up");
  const down = known.includes("down");
  if (up && down) return "mixed";
  return up ? "up" : down ? "down" : "same";
}

/** The question timer's arithmetic, shared by the server and the participant's browser (no zod here). */

/** Seconds left on the question timer (never negative), or null when no timer runs. */
export function timerRemainingSeconds(
  startedAtMs: number | null,
  timerSeconds: number | null,
  nowMs: number,
): number | null {
  if (startedAtMs === null || timerSeconds === null) return null;
  return Math.max(0, Math.ceil((startedAtMs + timerSeconds * 1000 - nowMs) / 1000));
}

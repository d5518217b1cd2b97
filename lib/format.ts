const DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return DATE.format(typeof value === "string" ? new Date(value) : value);
}

/** Scores always show two decimals (2.50), like the CNCF community self-assessment. */
export function formatScore(score: number | string | { toString(): string } | null | undefined): string {
  if (score === null || score === undefined) return "—";
  return Number(score.toString()).toFixed(2);
}

/**
 * Calendar quarters in UTC, the same buckets as SQL `date_trunc('quarter', submitted_at AT TIME ZONE 'UTC')`.
 * Pure: dates are passed in, never read from the clock.
 */
export type TQuarter = Readonly<{ year: number; quarter: 1 | 2 | 3 | 4 }>;

export function quarterOf(date: Date): TQuarter {
  return {
    year: date.getUTCFullYear(),
    quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as TQuarter["quarter"],
  };
}

/** First instant (UTC midnight) of the quarter containing `date`. */
export function quarterStart(date: Date): Date {
  const { year, quarter } = quarterOf(date);
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

/** "2026 Q1": readable and sorts chronologically. */
export function quarterLabel(date: Date): string {
  const { year, quarter } = quarterOf(date);
  return `${year} Q${quarter}`;
}

/** Start of the quarter `offset` quarters after the one containing `date` (negative = earlier). */
export function shiftQuarter(date: Date, offset: number): Date {
  const start = quarterStart(date);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset * 3, 1));
}

/** Every quarter start from the quarter of `from` to the quarter of `to`, inclusive (gaps filled). */
export function quartersBetween(from: Date, to: Date): Date[] {
  const out: Date[] = [];
  const last = quarterStart(to).getTime();
  for (let q = quarterStart(from); q.getTime() <= last; q = shiftQuarter(q, 1)) out.push(q);
  return out;
}

/** The same instant `months` calendar months earlier (UTC; day clamped by Date, e.g. 31 May − 3 → 3 Mar). "Last quarter" = since this with months = 3. */
export function monthsBefore(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

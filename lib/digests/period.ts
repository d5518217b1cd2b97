/**
 * Digest periods (pure, UTC). A digest reports on the last COMPLETED period: on 1 December the monthly
 * digest covers November ("2026-11") and compares it with October; the quarterly one on 1 January
 * covers the fourth quarter ("2026-Q4"). The key names the period in digest_runs and digest_deliveries.
 */
export const DIGEST_FREQUENCIES = ["OFF", "MONTHLY", "QUARTERLY"] as const;
export type TDigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
export type TSendingFrequency = Exclude<TDigestFrequency, "OFF">;

export type TDigestPeriod = Readonly<{
  frequency: TSendingFrequency;
  /** "2026-11" (monthly) or "2026-Q4" (quarterly). */
  key: string;
  /** Human label: "November 2026", "2026 Q4". */
  label: string;
  /** First instant of the period (inclusive). */
  start: Date;
  /** First instant after the period (exclusive). */
  end: Date;
  /** First instant of the period before (the comparison baseline is the state at `start`). */
  previousStart: Date;
}>;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const utc = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/** The period of `frequency` that contains `at`. */
export function periodContaining(frequency: TSendingFrequency, at: Date): TDigestPeriod {
  const year = at.getUTCFullYear();
  const months = frequency === "MONTHLY" ? 1 : 3;
  const month = Math.floor(at.getUTCMonth() / months) * months;
  const start = utc(year, month);
  const end = utc(year, month + months);
  const previousStart = utc(year, month - months);
  const key =
    frequency === "MONTHLY" ? `${year}-${String(month + 1).padStart(2, "0")}` : `${year}-Q${month / 3 + 1}`;
  const label = frequency === "MONTHLY" ? `${MONTHS[month]} ${year}` : `${year} Q${month / 3 + 1}`;
  return { frequency, key, label, start, end, previousStart };
}

/** The last period of `frequency` that has ended at `now` (the one a digest sent at `now` reports on). */
export function lastCompletedPeriod(frequency: TSendingFrequency, now: Date): TDigestPeriod {
  const current = periodContaining(frequency, now);
  return periodContaining(frequency, new Date(current.start.getTime() - 1));
}

/** Parses a period key ("2026-11", "2026-Q4"); null when it is not one. */
export function parsePeriodKey(key: string): TDigestPeriod | null {
  const monthly = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (monthly) return periodContaining("MONTHLY", utc(Number(monthly[1]), Number(monthly[2]) - 1));
  const quarterly = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarterly)
    return periodContaining("QUARTERLY", utc(Number(quarterly[1]), (Number(quarterly[2]) - 1) * 3));
  return null;
}

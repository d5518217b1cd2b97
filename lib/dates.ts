/** The UTC calendar day of `date` (default: now) as YYYY-MM-DD: DATE columns, file names, default titles. */
export const isoDay = (date: Date = new Date()): string => date.toISOString().slice(0, 10);

/** `isoDay` of a nullable DATE column value. */
export const isoDayOrNull = (date: Date | null | undefined): string | null => (date ? isoDay(date) : null);

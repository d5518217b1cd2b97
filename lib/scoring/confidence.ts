/**
 * How much to trust an aspect's result: evidence freshness, "not sure" answers and, for collaborative
 * assessments, how far respondents disagree. Pure; the rule is documented in docs/journeys.md
 * ("Evidence and confidence") and unit-tested in tests/unit/scoring/confidence.test.ts.
 */

/** Default freshness window of evidence, in days (an organization setting). */
export const DEFAULT_EVIDENCE_FRESHNESS_DAYS = 180;

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);

/** Evidence is stale when it was checked more than `windowDays` days before `today`, or never. */
export function isEvidenceStale(checkedOn: string | null, today: string, windowDays: number): boolean {
  if (!checkedOn) return true;
  return toDay(today) - toDay(checkedOn) > windowDays;
}

export type TConfidenceAnswer = Readonly<{
  level: number | null;
  notSure: boolean;
  evidenceUrl: string;
  /** ISO date the evidence was last checked; null = unknown. */
  evidenceCheckedOn: string | null;
  /** Collaborative assessments: the respondents' levels for this question (empty otherwise). */
  respondentLevels?: readonly number[];
}>;

export type TConfidenceLabel = "high" | "medium" | "low";

export type TAspectConfidence = Readonly<{
  /** Questions with a level. */
  answered: number;
  /** Answered questions whose evidence is fresh. */
  freshEvidence: number;
  /** Answered questions with evidence older than the window (or with no checked date). */
  staleEvidence: number;
  notSure: number;
  /** freshEvidence / answered (null when nothing is answered). */
  freshShare: number | null;
  /** notSure / (answered + notSure) (null when neither). */
  notSureShare: number | null;
  /** Mean over questions with ≥ 2 respondent levels of (highest − lowest); null when not collaborative. */
  spread: number | null;
  label: TConfidenceLabel;
  reason: string;
  /** The reason as a message key and its values, for translated pages (`reason` is the English text). */
  reasonKey: TConfidenceReason;
  reasonValues: Readonly<Record<string, string | number>>;
}>;

export type TConfidenceReason = "none" | "notSure" | "spread" | "lowFresh" | "high" | "medium";

/**
 * The rule: low when no answer has a level, fewer than 20% of answered questions have fresh evidence,
 * more than 40% of the answers are "not sure", or respondents differ by 2 levels or more on average;
 * high when at least 50% have fresh evidence, at most 20% are "not sure" and the spread (if any) is at
 * most 1 level; medium otherwise.
 */
export function aspectConfidence(
  answers: readonly TConfidenceAnswer[],
  today: string,
  windowDays: number = DEFAULT_EVIDENCE_FRESHNESS_DAYS,
): TAspectConfidence {
  const leveled = answers.filter((a) => a.level !== null);
  const withEvidence = leveled.filter((a) => a.evidenceUrl.trim() !== "");
  const fresh = withEvidence.filter((a) => !isEvidenceStale(a.evidenceCheckedOn, today, windowDays)).length;
  const notSure = answers.filter((a) => a.notSure).length;
  const spreads = answers
    .map((a) => a.respondentLevels ?? [])
    .filter((levels) => levels.length >= 2)
    .map((levels) => Math.max(...levels) - Math.min(...levels));
  const spread = spreads.length === 0 ? null : spreads.reduce((s, v) => s + v, 0) / spreads.length;
  const freshShare = leveled.length === 0 ? null : fresh / leveled.length;
  const notSureShare = leveled.length + notSure === 0 ? null : notSure / (leveled.length + notSure);
  const base = {
    answered: leveled.length,
    freshEvidence: fresh,
    staleEvidence: withEvidence.length - fresh,
    notSure,
    freshShare,
    notSureShare,
    spread,
  };
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const percent = (n: number) => Math.round(n * 100);
  if (freshShare === null)
    return {
      ...base,
      label: "low",
      reason: "No question of this aspect has a level yet.",
      reasonKey: "none",
      reasonValues: {},
    };
  if ((notSureShare ?? 0) > 0.4)
    return {
      ...base,
      label: "low",
      reason: `${pct(notSureShare!)} of the answers are “not sure”.`,
      reasonKey: "notSure",
      reasonValues: { pct: percent(notSureShare!) },
    };
  if (spread !== null && spread >= 2)
    return {
      ...base,
      label: "low",
      reason: `Respondents differ by ${spread.toFixed(1)} levels on average.`,
      reasonKey: "spread",
      reasonValues: { spread: spread.toFixed(1) },
    };
  if (freshShare < 0.2)
    return {
      ...base,
      label: "low",
      reason: `Only ${pct(freshShare)} of the answers have fresh evidence.`,
      reasonKey: "lowFresh",
      reasonValues: { pct: percent(freshShare) },
    };
  if (freshShare >= 0.5 && (notSureShare ?? 0) <= 0.2 && (spread === null || spread <= 1))
    return {
      ...base,
      label: "high",
      reason: `${pct(freshShare)} of the answers have fresh evidence.`,
      reasonKey: "high",
      reasonValues: { pct: percent(freshShare) },
    };
  return {
    ...base,
    label: "medium",
    reason: `${pct(freshShare)} of the answers have fresh evidence${notSure > 0 ? `, ${notSure} “not sure”` : ""}.`,
    reasonKey: "medium",
    reasonValues: { pct: percent(freshShare), notSure },
  };
}

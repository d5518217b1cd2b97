import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TOutcomeView } from "@/lib/data/journey-outcomes";

/** Dates and outcome values in the reader's language (values: whole numbers as is, others with one decimal). */
export async function outcomeFormat() {
  const format = await getFormatter();
  const t = await getTranslations("outcomes");
  const date = (iso: string | Date) =>
    format.dateTime(typeof iso === "string" ? new Date(iso) : iso, { dateStyle: "medium" });
  const value = (v: number) => {
    const digits = Number.isInteger(v) ? 0 : 1;
    return format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  };
  /** A unit as the messages expect it: " teams" after a value, or nothing. */
  const unit = (u: string | null | undefined) => (u ? ` ${u}` : "");
  /** "12 of 20 teams; forecast 2 May 2027 (deadline 30 Jun 2027)": where an outcome stands, in one line. */
  const summary = (o: TOutcomeView) => {
    const now = t("summary.now", {
      current: value(o.assessment.current),
      target: value(o.target),
      unit: unit(o.unit),
    });
    const forecast = o.assessment.reached
      ? t("summary.reached")
      : o.assessment.forecastOn
        ? t("summary.forecast", { date: date(o.assessment.forecastOn), deadline: date(o.deadline) })
        : t("summary.noForecast", { deadline: date(o.deadline) });
    return t("summary.line", { now, forecast });
  };
  return { date, value, unit, summary };
}

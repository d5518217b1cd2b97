import { getFormatter, getTranslations } from "next-intl/server";

type TProps = Readonly<{
  goal: string;
  constraints: string[];
  startsOn: string | null;
  endsOn: string | null;
}>;

/** "1 Jan 2026 – 30 Jun 2027", "From …", "Until …" or "No time frame set", in the reader's language. */
export async function timeFrameText() {
  const t = await getTranslations("journeys.overview");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (startsOn: string | null, endsOn: string | null): string => {
    if (!startsOn && !endsOn) return t("noTimeFrame");
    if (!endsOn) return t("from", { date: date(startsOn!) });
    if (!startsOn) return t("until", { date: date(endsOn) });
    return t("range", { start: date(startsOn), end: date(endsOn) });
  };
}

/** Goal, constraints and time frame: the "know your goals and constraints" step. */
export async function JourneyOverview({ goal, constraints, startsOn, endsOn }: TProps) {
  const t = await getTranslations("journeys.overview");
  const timeFrame = await timeFrameText();
  return (
    <dl className="grid gap-4 md:grid-cols-3">
      <div className="min-w-0 md:col-span-2">
        <dt className="text-sm font-semibold text-slate-700">{t("goal")}</dt>
        <dd className="mt-1 whitespace-pre-line text-slate-900">{goal}</dd>
      </div>
      <div className="min-w-0">
        <dt className="text-sm font-semibold text-slate-700">{t("timeFrame")}</dt>
        <dd className="mt-1 text-slate-900">{timeFrame(startsOn, endsOn)}</dd>
      </div>
      <div className="min-w-0 md:col-span-3">
        <dt className="text-sm font-semibold text-slate-700">{t("constraints")}</dt>
        <dd className="mt-1">
          {constraints.length === 0 ? (
            <span className="text-slate-600">{t("noneListed")}</span>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-slate-900">
              {constraints.map((c, i) => (
                <li key={`${i}-${c}`}>{c}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

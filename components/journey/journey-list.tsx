import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isoDayOrNull } from "@/lib/dates";
import { targetsText } from "./gap-text";
import type { TMaturityModel } from "@/lib/model/schema";
import { journeysPath, teamPath } from "@/lib/paths";
import { timeFrameText } from "./journey-overview";

type TJourneyRow = Readonly<{
  id: string;
  title: string;
  goal: string;
  status: "ACTIVE" | "ARCHIVED";
  startsOn: Date | null;
  endsOn: Date | null;
  updatedAt: Date;
  targets: Record<string, number>;
  revisionCount: number;
  model: { title: string; version: number };
  definition: TMaturityModel;
}>;
type TProps = Readonly<{
  orgSlug: string;
  teamId: string | null;
  scopeName: string;
  journeys: TJourneyRow[];
  canEdit: boolean;
}>;

async function JourneyItem({
  orgSlug,
  teamId,
  journey,
}: Readonly<{ orgSlug: string; teamId: string | null; journey: TJourneyRow }>) {
  const t = await getTranslations("journeys.list");
  const format = await getFormatter();
  const timeFrame = await timeFrameText();
  const summarizeTargets = await targetsText();
  return (
    <li className="rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
          href={journeysPath(orgSlug, teamId, journey.id)}
        >
          {journey.title}
        </Link>
        <span className="text-sm text-slate-600">
          {t("itemMeta", {
            timeFrame: timeFrame(isoDayOrNull(journey.startsOn), isoDayOrNull(journey.endsOn)),
            updated: format.dateTime(journey.updatedAt, { dateStyle: "medium" }),
            count: journey.revisionCount,
          })}
        </span>
      </div>
      <p className="mt-1 line-clamp-2 text-slate-800">{journey.goal}</p>
      <p className="mt-1 text-xs text-slate-600">{summarizeTargets(journey.definition, journey.targets)}</p>
    </li>
  );
}

/** Active journey first, then archived ones; "New journey" for editors. */
export async function JourneyList({ orgSlug, teamId, scopeName, journeys, canEdit }: TProps) {
  const t = await getTranslations("journeys.list");
  const active = journeys.filter((j) => j.status === "ACTIVE");
  const archived = journeys.filter((j) => j.status === "ARCHIVED");
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          {teamId ? (
            <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
              <Link className="underline" href={teamPath(orgSlug, teamId)}>
                {scopeName}
              </Link>{" "}
              / {t("title")}
            </nav>
          ) : null}
          <h1 className="text-2xl font-semibold">
            {teamId ? t("title") : t("titleOrg", { scope: scopeName })}
          </h1>
          <p className="text-sm text-slate-700">{t("intro")}</p>
        </div>
        {canEdit ? (
          <Link className={buttonClass()} href={journeysPath(orgSlug, teamId, "new")}>
            {t("new")}
          </Link>
        ) : null}
      </header>
      <Card>
        <h2 className="mb-3 font-semibold">{t("active")}</h2>
        {active.length === 0 ? (
          <p className="text-slate-700">{canEdit ? t("noneActiveEdit") : t("noneActive")}</p>
        ) : null}
        <ul className="space-y-3">
          {active.map((j) => (
            <JourneyItem key={j.id} orgSlug={orgSlug} teamId={teamId} journey={j} />
          ))}
        </ul>
      </Card>
      {archived.length > 0 ? (
        <Card>
          <h2 className="mb-3 font-semibold">{t("earlier")}</h2>
          <ul className="space-y-3">
            {archived.map((j) => (
              <JourneyItem key={j.id} orgSlug={orgSlug} teamId={teamId} journey={j} />
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}

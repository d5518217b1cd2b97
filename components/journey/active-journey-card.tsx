import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { targetsText } from "./gap-text";
import { journeysPath } from "@/lib/paths";
import type { TMaturityModel } from "@/lib/model/schema";

type TActive = Readonly<{
  id: string;
  title: string;
  goal: string;
  targets: Record<string, number>;
  definition: TMaturityModel;
}>;
type TProps = Readonly<{ orgSlug: string; teamId: string; active: TActive | null; canEdit: boolean }>;

/** Team page card: the active journey's goal and targets, with links to it and to all journeys. */
export async function ActiveJourneyCard({ orgSlug, teamId, active, canEdit }: TProps) {
  const base = journeysPath(orgSlug, teamId);
  const t = await getTranslations("journeys.card");
  const summarizeTargets = await targetsText();
  return (
    <Card>
      <h2 className="mb-2 font-semibold">{t("title")}</h2>
      {active ? (
        <div className="space-y-2 text-sm">
          <Link className="block font-medium text-brand-700 underline" href={`${base}/${active.id}`}>
            {active.title}
          </Link>
          <p className="line-clamp-3 text-slate-800">{active.goal}</p>
          <p className="text-xs text-slate-600">
            {t("targets", { targets: summarizeTargets(active.definition, active.targets) })}
          </p>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("none")}</p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <Link className={buttonClass("secondary", "sm")} href={base}>
          {t("journeys")}
        </Link>
        {canEdit && !active ? (
          <Link className={buttonClass("primary", "sm")} href={`${base}/new`}>
            {t("new")}
          </Link>
        ) : null}
      </div>
    </Card>
  );
}

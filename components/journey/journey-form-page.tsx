import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TFormAction } from "@/lib/action";
import type { TJourneyDetail } from "@/lib/data/journeys";
import type { TMaturityModel } from "@/lib/model/schema";
import { journeysPath, teamPath } from "@/lib/paths";
import { JourneyForm } from "./journey-form";

type TScope = Readonly<{ orgSlug: string; teamId: string | null; scopeName: string }>;
type TModelOption = Readonly<{ id: string; title: string; version: number }>;

const formModel = (model: TMaturityModel) => ({
  aspects: model.aspects.map((a) => ({ id: a.id, name: a.name })),
  levels: model.levels.map((l) => ({ level: l.level, name: l.name })),
});

async function Breadcrumb({ orgSlug, teamId, scopeName, last }: TScope & Readonly<{ last: string }>) {
  const t = await getTranslations("journeys.formPage");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
      {teamId ? (
        <>
          <Link className="underline" href={teamPath(orgSlug, teamId)}>
            {scopeName}
          </Link>{" "}
          /{" "}
        </>
      ) : null}
      <Link className="underline" href={journeysPath(orgSlug, teamId)}>
        {t("journeys")}
      </Link>{" "}
      / {last}
    </nav>
  );
}

/** "New journey": a model chooser (only when there is a choice) and the form for its aspects. */
export async function NewJourneyView({
  action,
  scope,
  models,
  model,
  modelId,
}: Readonly<{
  action: TFormAction<never>;
  scope: TScope;
  models: TModelOption[];
  model: TMaturityModel;
  modelId: string;
}>) {
  const t = await getTranslations("journeys.formPage");
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <Breadcrumb {...scope} last={t("new")} />
        <h1 className="mt-1 text-2xl font-semibold">{t("newTitle", { scope: scope.scopeName })}</h1>
        <p className="text-sm text-slate-700">{t("newIntro")}</p>
      </header>
      {models.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="text-sm font-medium text-slate-800">
            {t("model")}
            <select
              name="model"
              defaultValue={modelId}
              className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            >
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {t("modelOption", { title: m.title, version: m.version })}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" size="sm">
            {t("useModel")}
          </Button>
        </form>
      ) : null}
      <Card>
        <JourneyForm
          action={action}
          hidden={{ orgSlug: scope.orgSlug, teamId: scope.teamId ?? "", modelId }}
          {...formModel(model)}
          initial={{ title: "", goal: "", constraints: [], startsOn: null, endsOn: null, targets: {} }}
          submitLabel={t("create")}
        />
      </Card>
    </div>
  );
}

/** "Edit journey": the form pre-filled with the latest saved version (hidden `version` for conflict detection). */
export async function EditJourneyView({
  action,
  scope,
  journey,
}: Readonly<{ action: TFormAction<never>; scope: TScope; journey: TJourneyDetail }>) {
  const t = await getTranslations("journeys.formPage");
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <Breadcrumb {...scope} last={t("edit")} />
        <h1 className="mt-1 text-2xl font-semibold">{t("editTitle", { title: journey.title })}</h1>
        <p className="text-sm text-slate-700">
          {t("editIntro", {
            model: journey.model.title,
            modelVersion: journey.model.version,
            version: journey.version,
          })}
        </p>
      </header>
      <Card>
        <JourneyForm
          action={action}
          hidden={{ orgSlug: scope.orgSlug, teamId: scope.teamId ?? "", journeyId: journey.id }}
          {...formModel(journey.definition)}
          initial={{
            title: journey.title,
            goal: journey.goal,
            constraints: journey.constraints,
            startsOn: journey.startsOn,
            endsOn: journey.endsOn,
            targets: journey.targets,
          }}
          version={journey.version}
          submitLabel={t("save")}
        />
      </Card>
    </div>
  );
}

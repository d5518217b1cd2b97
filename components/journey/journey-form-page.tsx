import Link from "next/link";
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

function Breadcrumb({ orgSlug, teamId, scopeName, last }: TScope & Readonly<{ last: string }>) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      {teamId ? (
        <>
          <Link className="underline" href={teamPath(orgSlug, teamId)}>
            {scopeName}
          </Link>{" "}
          /{" "}
        </>
      ) : null}
      <Link className="underline" href={journeysPath(orgSlug, teamId)}>
        Journeys
      </Link>{" "}
      / {last}
    </nav>
  );
}

/** "New journey": a model chooser (only when there is a choice) and the form for its aspects. */
export function NewJourneyView({
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
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <Breadcrumb {...scope} last="New" />
        <h1 className="mt-1 text-2xl font-semibold">New journey for {scope.scopeName}</h1>
        <p className="text-sm text-slate-700">
          The new journey becomes the active one; the current active journey is archived.
        </p>
      </header>
      {models.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="text-sm font-medium text-slate-800">
            Model
            <select
              name="model"
              defaultValue={modelId}
              className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            >
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} v{m.version}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" size="sm">
            Use this model
          </Button>
        </form>
      ) : null}
      <Card>
        <JourneyForm
          action={action}
          hidden={{ orgSlug: scope.orgSlug, teamId: scope.teamId ?? "", modelId }}
          {...formModel(model)}
          initial={{ title: "", goal: "", constraints: [], startsOn: null, endsOn: null, targets: {} }}
          submitLabel="Create journey"
        />
      </Card>
    </div>
  );
}

/** "Edit journey": the form pre-filled with the latest saved version (hidden `version` for conflict detection). */
export function EditJourneyView({
  action,
  scope,
  journey,
}: Readonly<{ action: TFormAction<never>; scope: TScope; journey: TJourneyDetail }>) {
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <Breadcrumb {...scope} last="Edit" />
        <h1 className="mt-1 text-2xl font-semibold">Edit “{journey.title}”</h1>
        <p className="text-sm text-slate-700">
          {journey.model.title} v{journey.model.version} · version {journey.version}. Every save is kept in
          the edit history.
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
          submitLabel="Save changes"
        />
      </Card>
    </div>
  );
}

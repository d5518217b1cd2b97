"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addSuggestionsAction } from "../actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TSuggestion } from "@/lib/plans/suggest";
import { ScopeFields, type TPlanScope } from "@/components/plans/scope-fields";

type TProps = Readonly<{
  scope: TPlanScope;
  suggestions: readonly TSuggestion[];
  levelNames: Readonly<Record<number, string>>;
  iterations: ReadonlyArray<Readonly<{ id: string; name: string }>>;
  defaultIterationId: string;
}>;

/** Checkboxes grouped by aspect; suggested steps are pre-selected, characteristics are opt-in. */
export function SuggestionForm({ scope, suggestions, levelNames, iterations, defaultIterationId }: TProps) {
  const t = useTranslations("plans");
  const [state, action, pending] = useActionState(addSuggestionsAction, null);
  const aspects = [...new Map(suggestions.map((s) => [s.aspectId, s])).values()];
  return (
    <form action={action} className="space-y-5">
      <ScopeFields scope={scope} />
      {aspects.map((a) => (
        <fieldset key={a.aspectId} className="min-w-0 rounded-md border border-slate-200 p-4">
          <legend className="px-1 font-semibold">
            {a.aspectName} → L{a.level} {levelNames[a.level] ?? ""}
          </legend>
          <ul className="space-y-2">
            {suggestions
              .filter((s) => s.aspectId === a.aspectId)
              .map((s) => (
                <li key={s.key} className="flex items-start gap-2 text-sm">
                  <input
                    id={`key-${s.key}`}
                    type="checkbox"
                    name={`key:${s.key}`}
                    defaultChecked={s.kind === "step"}
                    className="mt-0.5 h-4 w-4 shrink-0"
                  />
                  <label htmlFor={`key-${s.key}`} className="min-w-0 break-words">
                    <span className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                      {s.kind === "step" ? t("suggestions.step") : t("suggestions.characteristic")}
                    </span>
                    {s.title}
                  </label>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="suggest-iteration" className="block text-sm font-medium text-slate-800">
            {t("suggestions.addTo")}
          </label>
          <select
            id="suggest-iteration"
            name="iterationId"
            defaultValue={defaultIterationId}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">{t("notInIteration")}</option>
            {iterations.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("suggestions.adding") : t("suggestions.add")}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { setTeamGroupAction } from "../actions";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600";

/**
 * ADMIN: set a team's group (business unit) for dashboard filters. With `team` it edits that team
 * (team page); with `teams` it offers a team picker (teams list page).
 */
export function TeamGroupForm({
  orgSlug,
  groups,
  team,
  teams,
}: Readonly<{
  orgSlug: string;
  groups: readonly string[];
  team?: { id: string; group: string };
  teams?: ReadonlyArray<{ id: string; name: string }>;
}>) {
  const t = useTranslations("teams.groupForm");
  const [state, action, isPending] = useActionState(setTeamGroupAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = useId();
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {team ? (
        <input type="hidden" name="teamId" value={team.id} />
      ) : (
        <div>
          <label htmlFor={`${id}-team`} className="block text-sm font-medium text-slate-800">
            {t("team")}
          </label>
          <select id={`${id}-team`} name="teamId" required className={CONTROL}>
            {teams?.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-group`} className="block text-sm font-medium text-slate-800">
          {t("group")}
        </label>
        <input
          id={`${id}-group`}
          name="group"
          list={`${id}-groups`}
          defaultValue={team?.group ?? ""}
          maxLength={60}
          aria-describedby={`${id}-hint`}
          className={CONTROL}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {t("hint")}
        </p>
        {errors?.group?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
        <datalist id={`${id}-groups`}>
          {groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </div>
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addTeamMemberAction, removeTeamMemberAction } from "../actions";

type TPerson = Readonly<{ id: string; name: string; email: string }>;

export function TeamMembers(
  props: Readonly<{
    orgSlug: string;
    teamId: string;
    members: TPerson[];
    candidates: TPerson[];
    isAdmin: boolean;
  }>,
) {
  const t = useTranslations("teams.members");
  const [addState, addAction, isAdding] = useActionState(addTeamMemberAction, null);
  const [removeState, removeAction] = useActionState(removeTeamMemberAction, null);
  const { orgSlug, teamId, members, candidates, isAdmin } = props;
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("title")}</h2>
      <ul className="divide-y divide-slate-100">
        {members.map((m) => (
          <li key={m.id} className="flex items-center justify-between gap-2 py-2 text-sm">
            <span>
              <span className="font-medium">{m.name}</span> <span className="text-slate-600">{m.email}</span>
            </span>
            {isAdmin ? (
              <form action={removeAction}>
                <input type="hidden" name="orgSlug" value={orgSlug} />
                <input type="hidden" name="teamId" value={teamId} />
                <input type="hidden" name="userId" value={m.id} />
                <Button
                  type="submit"
                  variant="ghost"
                  size="sm"
                  aria-label={t("removeLabel", { name: m.name })}
                >
                  {t("remove")}
                </Button>
              </form>
            ) : null}
          </li>
        ))}
        {members.length === 0 ? <li className="py-2 text-sm text-slate-700">{t("none")}</li> : null}
      </ul>
      <FormMessage state={removeState && !removeState.ok ? removeState : null} />
      {isAdmin && candidates.length > 0 ? (
        <form action={addAction} className="mt-4 space-y-3">
          <input type="hidden" name="orgSlug" value={orgSlug} />
          <input type="hidden" name="teamId" value={teamId} />
          <SelectField label={t("add")} name="userId">
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.email})
              </option>
            ))}
          </SelectField>
          <FormMessage state={addState} />
          <Button type="submit" variant="secondary" disabled={isAdding}>
            {t("submit")}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ORG_ROLES } from "@/lib/authz/roles";
import { createInviteAction } from "./actions";

export function InviteForm({
  orgSlug,
  teams,
}: Readonly<{ orgSlug: string; teams: Array<{ id: string; name: string }> }>) {
  const t = useTranslations("admin.members");
  const tc = useTranslations("common");
  const format = useFormatter();
  const [state, action, isPending] = useActionState(createInviteAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("inviteEmail")}
        name="email"
        type="email"
        autoComplete="off"
        hint={t("inviteEmailHint")}
        errors={state && !state.ok ? state.fieldErrors?.email : undefined}
      />
      <SelectField label={t("role")} name="role" defaultValue="MEMBER">
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {tc(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("inviteTeam")} name="teamId" defaultValue="">
        <option value="">{t("noTeam")}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("creating") : t("createInvite")}
      </Button>
      {state?.ok ? (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          {state.data.email ? (
            <p className="mb-1">
              {state.data.mailed
                ? t("mailed", { email: state.data.email })
                : t("mailFailed", { email: state.data.email })}
            </p>
          ) : null}
          <label htmlFor="invite-url" className="font-medium">
            {t("inviteLink", {
              date: format.dateTime(new Date(state.data.expiresAt), { dateStyle: "medium" }),
            })}
          </label>
          <input
            id="invite-url"
            readOnly
            value={state.data.url}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}

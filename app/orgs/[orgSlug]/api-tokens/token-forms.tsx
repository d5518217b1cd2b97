"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createTokenAction, revokeTokenAction } from "./actions";

export function CreateTokenForm({
  orgSlug,
  kind,
  teams,
  canWrite,
}: Readonly<{
  orgSlug: string;
  kind: "ORG" | "PERSONAL";
  teams: Array<{ id: string; name: string }>;
  canWrite: boolean;
}>) {
  const t = useTranslations("admin.tokens");
  const [state, action, isPending] = useActionState(createTokenAction, null);
  const id = (name: string) => `${kind.toLowerCase()}-${name}`;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" aria-label={kind === "ORG" ? t("newOrg") : t("newPersonal")}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="kind" value={kind} />
      <TextField
        label={t("name")}
        name="name"
        id={id("name")}
        required
        maxLength={80}
        errors={errors?.name}
        placeholder={t("namePlaceholder")}
      />
      <SelectField
        label={t("scope")}
        name="scope"
        id={id("scope")}
        defaultValue="READ"
        errors={errors?.scope}
      >
        <option value="READ">{t("scopeRead")}</option>
        {canWrite ? <option value="WRITE">{t("scopeWrite")}</option> : null}
      </SelectField>
      <SelectField
        label={t("teamOptional")}
        name="teamId"
        id={id("team")}
        defaultValue=""
        errors={errors?.teamId}
      >
        <option value="">{t("allTeams")}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {t("teamOnly", { team: team.name })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("expires")}
        name="expiresInDays"
        id={id("expiry")}
        defaultValue="90"
        errors={errors?.expiresInDays}
      >
        <option value="7">{t("inDays", { days: 7 })}</option>
        <option value="30">{t("inDays", { days: 30 })}</option>
        <option value="90">{t("inDays", { days: 90 })}</option>
        <option value="365">{t("inAYear")}</option>
        <option value="">{t("never")}</option>
      </SelectField>
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("creating") : t("create")}
      </Button>
      {state?.ok ? (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          <label htmlFor={id("secret")} className="font-medium">
            {t("copyNow", { name: state.data.name })}
          </label>
          <input
            id={id("secret")}
            data-testid="new-token"
            readOnly
            value={state.data.token}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}

export function RevokeTokenForm({
  orgSlug,
  tokenId,
  name,
}: Readonly<{ orgSlug: string; tokenId: string; name: string }>) {
  const t = useTranslations("admin.tokens");
  const [state, action, isPending] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={isPending}
        aria-label={t("revokeLabel", { name })}
      >
        {t("revoke")}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

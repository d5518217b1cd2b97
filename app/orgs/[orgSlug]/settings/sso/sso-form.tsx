"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ORG_ROLES, type TOrgRole } from "@/lib/authz/roles";
import { saveSsoSettingsAction } from "./actions";

type TInitial = Readonly<{
  enabled: boolean;
  issuer: string;
  clientId: string;
  isSecretSet: boolean;
  allowedDomains: string;
  defaultRole: TOrgRole;
  passwordAllowed: boolean;
  groupsClaim: string;
  roleMapping: string;
}>;

function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
}: Readonly<{ name: string; label: string; hint: string; defaultChecked: boolean }>) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={name}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        aria-describedby={`${name}-hint`}
        className="mt-1"
      />
      <div>
        <label htmlFor={name} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      </div>
    </div>
  );
}

export function SsoSettingsForm({
  orgSlug,
  initial,
}: Readonly<{ orgSlug: string; initial: TInitial | null }>) {
  const t = useTranslations("admin.sso");
  const tc = useTranslations("common");
  const [state, action, isPending] = useActionState(saveSsoSettingsAction, null);
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const text = (name: keyof TInitial, fallback: string) => values?.[name] ?? fallback;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Checkbox
        name="enabled"
        label={t("enable")}
        hint={t("enableHint")}
        defaultChecked={initial?.enabled ?? true}
      />
      <TextField
        label={t("issuer")}
        name="issuer"
        type="url"
        required
        placeholder="https://kc.example.com/realms/acme"
        defaultValue={text("issuer", initial?.issuer ?? "")}
        errors={errors?.issuer}
        hint={t("issuerHint", { issuer: "<issuer>" })}
      />
      <TextField
        label={t("clientId")}
        name="clientId"
        required
        autoComplete="off"
        defaultValue={text("clientId", initial?.clientId ?? "")}
        errors={errors?.clientId}
      />
      <TextField
        label={t("clientSecret")}
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        placeholder={initial?.isSecretSet ? t("secretSetPlaceholder") : ""}
        errors={errors?.clientSecret}
        hint={initial?.isSecretSet ? t("secretSetHint") : t("secretHint")}
      />
      <TextAreaField
        label={t("domains")}
        name="allowedDomains"
        rows={3}
        defaultValue={text("allowedDomains", initial?.allowedDomains ?? "")}
        errors={errors?.allowedDomains}
        hint={t("domainsHint")}
      />
      <SelectField
        label={t("defaultRole")}
        name="defaultRole"
        defaultValue={text("defaultRole", initial?.defaultRole ?? "MEMBER")}
        errors={errors?.defaultRole}
      >
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {tc(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox
        name="passwordAllowed"
        label={t("passwordAllowed")}
        hint={t("passwordAllowedHint")}
        defaultChecked={initial?.passwordAllowed ?? true}
      />
      {errors?.passwordAllowed ? <p className="text-sm text-red-700">{errors.passwordAllowed[0]}</p> : null}
      <TextField
        label={t("groupsClaim")}
        name="groupsClaim"
        placeholder={t("groupsClaimPlaceholder")}
        defaultValue={text("groupsClaim", initial?.groupsClaim ?? "")}
        errors={errors?.groupsClaim}
      />
      <TextAreaField
        label={t("roleMapping")}
        name="roleMapping"
        rows={3}
        placeholder={t("roleMappingPlaceholder")}
        defaultValue={text("roleMapping", initial?.roleMapping ?? "")}
        errors={errors?.roleMapping}
        hint={t("roleMappingHint")}
      />
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("checking") : t("save")}
      </Button>
    </form>
  );
}

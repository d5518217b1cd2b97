"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ORG_ROLES, ROLE_LABELS, type TOrgRole } from "@/lib/authz/roles";
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
  const [state, action, isPending] = useActionState(saveSsoSettingsAction, null);
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const text = (name: keyof TInitial, fallback: string) => values?.[name] ?? fallback;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Checkbox
        name="enabled"
        label="Enable single sign-on"
        hint="Off: nobody can start an SSO sign-in for this organization; the settings are kept."
        defaultChecked={initial?.enabled ?? true}
      />
      <TextField
        label="Issuer URL"
        name="issuer"
        type="url"
        required
        placeholder="https://kc.example.com/realms/acme"
        defaultValue={text("issuer", initial?.issuer ?? "")}
        errors={errors?.issuer}
        hint="Stepwise reads <issuer>/.well-known/openid-configuration."
      />
      <TextField
        label="Client id"
        name="clientId"
        required
        autoComplete="off"
        defaultValue={text("clientId", initial?.clientId ?? "")}
        errors={errors?.clientId}
      />
      <TextField
        label="Client secret"
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        placeholder={initial?.isSecretSet ? "set (leave empty to keep it)" : ""}
        errors={errors?.clientSecret}
        hint={
          initial?.isSecretSet
            ? "A secret is set. It is stored encrypted and never shown; type a new one to replace it."
            : "Stored encrypted; never shown again."
        }
      />
      <TextAreaField
        label="Allowed email domains"
        name="allowedDomains"
        rows={3}
        defaultValue={text("allowedDomains", initial?.allowedDomains ?? "")}
        errors={errors?.allowedDomains}
        hint="One per line, e.g. acme.com. Only people whose verified email is in one of them can sign in."
      />
      <SelectField
        label="Default role for new people"
        name="defaultRole"
        defaultValue={text("defaultRole", initial?.defaultRole ?? "MEMBER")}
        errors={errors?.defaultRole}
      >
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <Checkbox
        name="passwordAllowed"
        label="Members may also sign in with a password"
        hint="Off: this organization opens only to sessions from its single sign-on. Possible once an admin has signed in with SSO."
        defaultChecked={initial?.passwordAllowed ?? true}
      />
      {errors?.passwordAllowed ? <p className="text-sm text-red-700">{errors.passwordAllowed[0]}</p> : null}
      <TextField
        label="Groups claim (optional)"
        name="groupsClaim"
        placeholder="groups"
        defaultValue={text("groupsClaim", initial?.groupsClaim ?? "")}
        errors={errors?.groupsClaim}
      />
      <TextAreaField
        label="Group to role mapping (optional)"
        name="roleMapping"
        rows={3}
        placeholder={"platform-admins=ADMIN\nexecutives=VIEWER"}
        defaultValue={text("roleMapping", initial?.roleMapping ?? "")}
        errors={errors?.roleMapping}
        hint="One group=ROLE per line (ADMIN, FACILITATOR, LEAD, MEMBER, VIEWER). The highest matching role wins; admins are never demoted by it."
      />
      <FormMessage state={state?.ok ? { ...state, message: state.data.message } : state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Checking the issuer…" : "Save single sign-on"}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import {
  createWebhookAction,
  deleteWebhookAction,
  redeliverWebhookAction,
  setWebhookEnabledAction,
} from "./actions";

export function CreateWebhookForm({
  orgSlug,
  events,
}: Readonly<{ orgSlug: string; events: Array<{ type: string; label: string }> }>) {
  const t = useTranslations("admin.webhooks");
  const [state, action, isPending] = useActionState(createWebhookAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" aria-label={t("new")}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        label={t("name")}
        name="name"
        id="webhook-name"
        required
        maxLength={80}
        defaultValue={values?.name}
        errors={errors?.name}
        placeholder={t("namePlaceholder")}
      />
      <TextField
        label={t("url")}
        name="url"
        id="webhook-url"
        type="url"
        required
        maxLength={2000}
        defaultValue={values?.url}
        errors={errors?.url}
        placeholder="https://example.com/hooks/stepwise"
        hint={t("urlHint")}
      />
      <SelectField
        label={t("format")}
        name="kind"
        id="webhook-kind"
        defaultValue={values?.kind ?? "GENERIC"}
        errors={errors?.kind}
      >
        <option value="GENERIC">{t("kindGeneric")}</option>
        <option value="SLACK">{t("kindSlack")}</option>
      </SelectField>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("events")}</legend>
        <div className="mt-1 space-y-1">
          {events.map((e) => (
            <label key={e.type} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={`event:${e.type}`}
                defaultChecked={
                  values ? values[`event:${e.type}`] === "on" : e.type === "assessment.submitted"
                }
                className="mt-1"
              />
              <span>
                <code className="text-xs">{e.type}</code>
                <span className="block text-xs text-slate-600">{e.label}</span>
              </span>
            </label>
          ))}
        </div>
        <div id="webhook-events-error" aria-live="polite">
          {errors?.events?.map((m) => (
            <p key={m} className="mt-1 text-sm text-red-700">
              {m}
            </p>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state && !state.ok ? state : null} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("creating") : t("create")}
      </Button>
      {state?.ok ? (
        <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
          <label htmlFor="webhook-secret" className="font-medium">
            {t("copySecret", { name: state.data.name })}
          </label>
          <input
            id="webhook-secret"
            data-testid="webhook-secret"
            readOnly
            value={state.data.secret}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}

export function WebhookEnabledForm({
  orgSlug,
  endpointId,
  enabled,
  name,
}: Readonly<{ orgSlug: string; endpointId: string; enabled: boolean; name: string }>) {
  const t = useTranslations("admin.webhooks");
  const [state, action, isPending] = useActionState(setWebhookEnabledAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="endpointId" value={endpointId} />
      <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={isPending}
        aria-label={enabled ? t("disableLabel", { name }) : t("enableLabel", { name })}
      >
        {enabled ? t("disable") : t("enable")}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

export function DeleteWebhookForm({
  orgSlug,
  endpointId,
  name,
}: Readonly<{ orgSlug: string; endpointId: string; name: string }>) {
  const t = useTranslations("admin.webhooks");
  const [state, action, isPending] = useActionState(deleteWebhookAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("deleteConfirm", { name }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="endpointId" value={endpointId} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={isPending}
        aria-label={t("deleteLabel", { name })}
      >
        {t("delete")}
      </Button>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

export function RedeliverForm({ orgSlug, deliveryId }: Readonly<{ orgSlug: string; deliveryId: string }>) {
  const t = useTranslations("admin.webhooks");
  const [state, action, isPending] = useActionState(redeliverWebhookAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <Button type="submit" variant="secondary" size="sm" disabled={isPending}>
        {t("redeliver")}
      </Button>
      {state?.ok ? (
        <p className="text-xs text-green-800">{(state.data as { message: string }).message}</p>
      ) : null}
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

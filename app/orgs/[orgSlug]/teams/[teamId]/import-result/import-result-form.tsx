"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { TResultImportCheck } from "@/lib/data/result-import";
import { importResultAction } from "./actions";

/** A question set, labelled on the server ("title v2"). */
type TModelOption = Readonly<{ id: string; label: string }>;

const PROBLEM_KEY = {
  "unknown-question": "problemUnknown",
  "out-of-range": "problemRange",
  repeated: "problemRepeated",
  "version-mismatch": "problemVersion",
} as const;

/** Paste → check (answers found, parameters that cannot be placed) → create the draft. */
export function ImportResultForm({
  orgSlug,
  teamId,
  models,
}: Readonly<{ orgSlug: string; teamId: string; models: TModelOption[] }>) {
  const t = useTranslations("resultImport");
  const [state, action, isPending] = useActionState(importResultAction, null);
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [modelId, setModelId] = useState("");
  const [checkedUrl, setCheckedUrl] = useState<string | null>(null);
  const [intent, setIntent] = useState<"check" | "create">("check");
  const check: TResultImportCheck | null = state?.ok && state.data ? state.data.check : null;
  const chosenModel = modelId || check?.modelId || "";
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  return (
    <form action={action} className="space-y-4" noValidate onSubmit={() => setCheckedUrl(url)}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="teamId" value={teamId} />
      <TextField
        label={t("url")}
        name="url"
        type="url"
        inputMode="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        hint={t("urlHint")}
        errors={errors?.url}
        required
      />
      <SelectField
        label={t("model")}
        name="modelId"
        value={chosenModel}
        onChange={(e) => setModelId(e.target.value)}
      >
        {check ? null : <option value="">—</option>}
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("draftTitle")}
        name="title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        errors={errors?.title}
      />
      <FormMessage state={state && !state.ok ? state : null} />
      {check ? <CheckResult check={check} /> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          name="intent"
          value="check"
          variant={check ? "secondary" : "primary"}
          disabled={isPending}
          onClick={() => setIntent("check")}
        >
          {isPending && intent === "check" ? t("checking") : t("check")}
        </Button>
        {check && check.answers.length > 0 && checkedUrl === url ? (
          <Button
            type="submit"
            name="intent"
            value="create"
            disabled={isPending}
            onClick={() => setIntent("create")}
          >
            {isPending && intent === "create" ? t("creating") : t("create")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function CheckResult({ check }: Readonly<{ check: TResultImportCheck }>) {
  const t = useTranslations("resultImport");
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-white p-4 text-sm" role="status">
      <p className="font-medium">
        {t("found", {
          answers: check.answers.length,
          total: check.total,
          model: check.modelTitle,
          version: check.modelVersion,
        })}
      </p>
      {check.problems.length > 0 ? (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          <p className="font-medium">{t("problemsTitle")}</p>
          <ul
            className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]"
            data-testid="import-problems"
          >
            {check.problems.map((p, i) => (
              <li key={`${p.param}-${i}`}>{t(PROBLEM_KEY[p.reason], { param: p.param, value: p.value })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-green-800">{t("noProblems")}</p>
      )}
    </div>
  );
}

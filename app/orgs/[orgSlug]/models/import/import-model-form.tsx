"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { importModelAction } from "./actions";

type TFile = { name: string; text: string };

/**
 * Files are read in the browser and sent as text, so a preview and the import that follows use
 * exactly the same content (a form action would reset a file input in between).
 */
export function ImportModelForm({ orgSlug }: Readonly<{ orgSlug: string }>) {
  const t = useTranslations("modelImport");
  const [state, action, isPending] = useActionState(importModelAction, null);
  const [files, setFiles] = useState<TFile[]>([]);
  const [pasted, setPasted] = useState("");
  const [modelId, setModelId] = useState("");
  const [intent, setIntent] = useState<"preview" | "import">("preview");

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const list = [...(event.target.files ?? [])];
    setFiles(await Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() }))));
  }

  const issues = state && !state.ok ? state.fieldErrors?.issues : undefined;
  const preview = state?.ok ? state.data.preview : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="files" value={JSON.stringify(files)} />
      <div>
        <label htmlFor="model-files" className="block text-sm font-medium text-slate-800">
          {t("files")}
        </label>
        <input
          id="model-files"
          type="file"
          accept=".yaml,.yml,text/yaml"
          multiple
          onChange={(e) => void onFiles(e)}
          aria-describedby="model-files-hint"
          className="mt-1 block w-full text-sm"
        />
        <p id="model-files-hint" className="mt-1 text-xs text-slate-600">
          {t("filesHint")}
        </p>
        {files.length > 0 ? (
          <p className="mt-1 text-sm text-slate-800" role="status">
            {t("loaded", { count: files.length, names: files.map((f) => f.name).join(", ") })}{" "}
            <button type="button" className="text-brand-700 underline" onClick={() => setFiles([])}>
              {t("removeFiles")}
            </button>
          </p>
        ) : null}
      </div>
      {files.length === 0 ? (
        <TextAreaField
          label={`${t("orPaste")}: ${t("pasteLabel")}`}
          name="pasted"
          rows={8}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          className="font-mono text-xs"
        />
      ) : null}
      <TextField
        label={t("modelId")}
        name="modelId"
        value={modelId}
        onChange={(e) => setModelId(e.target.value)}
        hint={t("modelIdHint")}
        errors={state && !state.ok ? state.fieldErrors?.modelId : undefined}
      />
      {issues?.length ? (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          <p className="font-medium">{t("problems")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 font-mono text-xs [overflow-wrap:anywhere]">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      ) : (
        <FormMessage state={state && !state.ok ? state : null} />
      )}
      {preview ? <Preview preview={preview} /> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          name="intent"
          value="preview"
          variant={preview ? "secondary" : "primary"}
          disabled={isPending}
          onClick={() => setIntent("preview")}
        >
          {isPending && intent === "preview" ? t("checking") : t("check")}
        </Button>
        {preview ? (
          <Button
            type="submit"
            name="intent"
            value="import"
            disabled={isPending}
            onClick={() => setIntent("import")}
          >
            {isPending && intent === "import" ? t("importing") : t("import")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

type TPreview = Readonly<{
  format: string;
  key: string;
  version: number;
  title: string;
  languages: string[];
  aspects: Array<{ id: string; name: string; questions: number }>;
}>;

function Preview({ preview }: Readonly<{ preview: TPreview }>) {
  const t = useTranslations("modelImport");
  return (
    <Card aria-labelledby="preview-heading" className="min-w-0">
      <h2 id="preview-heading" className="font-semibold">
        {t("previewTitle")}: {preview.title}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-600">{t("previewFormat")}</dt>
        <dd>{preview.format === "pemm" ? t("formatPemm") : t("formatStepwise")}</dd>
        <dt className="text-slate-600">{t("previewKey")}</dt>
        <dd className="font-mono text-xs [overflow-wrap:anywhere]">
          {preview.key} v{preview.version}
        </dd>
        <dt className="text-slate-600">{t("previewLanguages")}</dt>
        <dd>{preview.languages.join(", ")}</dd>
        <dt className="text-slate-600">{t("previewAspects")}</dt>
        <dd>
          <ul>
            {preview.aspects.map((a) => (
              <li key={a.id}>
                {a.name} ({a.questions})
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </Card>
  );
}

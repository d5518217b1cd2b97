"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TFormAction } from "@/lib/action";
import { NOTES_MAX } from "@/lib/validation/limits";

type TProps = Readonly<{
  action: TFormAction<{ questionId: string }>;
  orgSlug: string;
  assessmentId: string;
  questionId: string;
  options: ReadonlyArray<{ level: number; label: string }>;
  current: Readonly<{ level: number | null; notSure: boolean; notes: string; updatedAt?: string }> | null;
  median: number | null;
  isOpen: boolean;
}>;

/** The lead records the team's agreed answer; a note is required where it differs from the median. */
export function RespondentsConsensusForm({
  action: recordConsensusAction,
  orgSlug,
  assessmentId,
  questionId,
  options,
  current,
  median,
  isOpen,
}: TProps) {
  const t = useTranslations("respondents");
  const [state, action, isPending] = useActionState(recordConsensusAction, null);
  const [choice, setChoice] = useState(
    current?.notSure ? "not-sure" : current?.level != null ? String(current.level) : "",
  );
  const [note, setNote] = useState(current?.notes ?? "");
  // Only the first render decides: once saved with a note the prop turns false, but the lead is still reading.
  const [isInitiallyOpen] = useState(isOpen);
  // Submitted by hand: a form `action` would be reset by React afterwards, out of step with the controlled fields.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  };
  const noteId = `note-${questionId}`;
  const noteErrors = state && !state.ok ? state.fieldErrors?.note : undefined;
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3 text-sm" open={isInitiallyOpen}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("form.summary")}</summary>
      <form onSubmit={submit} className="mt-3 space-y-3">
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="questionId" value={questionId} />
        <input type="hidden" name="expectedUpdatedAt" value={current?.updatedAt ?? ""} />
        <fieldset>
          <legend className="font-medium text-slate-800">{t("form.legend")}</legend>
          <div className="mt-1 grid gap-1">
            {[
              ...options.map((o) => ({
                value: String(o.level),
                label: t(o.level === median ? "form.optionMedian" : "form.option", {
                  level: o.level,
                  label: o.label,
                }),
              })),
              { value: "not-sure", label: t("notSure") },
            ].map((o) => (
              <label key={o.value} className="flex items-start gap-2">
                <input
                  type="radio"
                  name="choice"
                  value={o.value}
                  checked={choice === o.value}
                  onChange={() => setChoice(o.value)}
                  className="mt-0.5 h-4 w-4 accent-brand-600"
                />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
          {state && !state.ok && state.fieldErrors?.choice ? (
            <p className="mt-1 text-red-700">{state.fieldErrors.choice[0]}</p>
          ) : null}
        </fieldset>
        <div>
          <label htmlFor={noteId} className="block font-medium text-slate-800">
            {t("form.note")} <span className="font-normal text-slate-700">{t("form.noteHint")}</span>
          </label>
          <textarea
            id={noteId}
            name="note"
            rows={2}
            maxLength={NOTES_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteErrors ? true : undefined}
            aria-describedby={noteErrors ? `${noteId}-error` : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          />
          <div id={`${noteId}-error`} aria-live="polite">
            {noteErrors?.map((e) => (
              <p key={e} className="mt-1 text-red-700">
                {e}
              </p>
            ))}
          </div>
        </div>
        <FormMessage state={state && !state.ok && !state.fieldErrors ? state : null} />
        {state?.ok ? (
          <p role="status" className="text-green-800">
            {t("form.saved")}
          </p>
        ) : null}
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? t("saving") : t("form.save")}
        </Button>
      </form>
    </details>
  );
}

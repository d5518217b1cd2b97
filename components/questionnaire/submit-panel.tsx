"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TFormAction } from "@/lib/action";

type TProps = Readonly<{
  action: TFormAction<never>;
  orgSlug: string;
  assessmentId: string;
  unanswered: number;
  isSaving: boolean;
}>;

export function SubmitPanel({
  action: submitAssessmentAction,
  orgSlug,
  assessmentId,
  unanswered,
  isSaving,
}: TProps) {
  const [state, action, isPending] = useActionState(submitAssessmentAction, null);
  const t = useTranslations("questionnaire");
  return (
    <form action={action} className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 className="font-semibold">{t("submitTitle")}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("submitText")}{" "}
        {unanswered > 0 ? t("submitUnanswered", { count: unanswered }) : t("submitAllAnswered")}
      </p>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="mt-3">
        <FormMessage state={state} />
      </div>
      <Button type="submit" className="mt-3" disabled={isPending || isSaving}>
        {isPending ? t("submitting") : isSaving ? t("waitingForSave") : t("submitButton")}
      </Button>
    </form>
  );
}

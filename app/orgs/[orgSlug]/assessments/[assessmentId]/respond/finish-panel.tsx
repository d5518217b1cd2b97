import { useFormatter, useTranslations } from "next-intl";
import { setFinishedAction } from "./actions";
import { ActionButton } from "@/components/respondents/action-button";

type TProps = Readonly<{ orgSlug: string; assessmentId: string; finishedAt: Date | null }>;

/** In place of "Submit": a respondent tells the lead they are done (and can still change answers until closing). */
export function FinishPanel({ orgSlug, assessmentId, finishedAt }: TProps) {
  const t = useTranslations("respondents");
  const format = useFormatter();
  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 className="font-semibold">{t("finish.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {finishedAt
          ? t("finish.finished", { date: format.dateTime(finishedAt, { dateStyle: "medium" }) })
          : t("finish.notFinished")}
      </p>
      <div className="mt-3">
        {finishedAt ? (
          <ActionButton
            action={setFinishedAction}
            fields={{ orgSlug, assessmentId, isFinished: "false" }}
            label={t("finish.undo")}
            pendingLabel={t("saving")}
            variant="secondary"
          />
        ) : (
          <ActionButton
            action={setFinishedAction}
            fields={{ orgSlug, assessmentId, isFinished: "true" }}
            label={t("finish.mark")}
            pendingLabel={t("saving")}
          />
        )}
      </div>
    </div>
  );
}

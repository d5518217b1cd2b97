import { useTranslations } from "next-intl";
import { openToRespondentsAction } from "./respondents/actions";
import { ActionButton } from "@/components/respondents/action-button";

/** On a solo draft: let several team members answer privately instead of the lead alone. */
export function OpenToRespondents({
  orgSlug,
  assessmentId,
}: Readonly<{ orgSlug: string; assessmentId: string }>) {
  const t = useTranslations("respondents");
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{t("open.summary")}</summary>
      <p className="mt-2 text-slate-700">{t("open.body")}</p>
      <div className="mt-3">
        <ActionButton
          action={openToRespondentsAction}
          fields={{ orgSlug, assessmentId }}
          label={t("open.button")}
          pendingLabel={t("open.pending")}
          variant="secondary"
        />
      </div>
    </details>
  );
}

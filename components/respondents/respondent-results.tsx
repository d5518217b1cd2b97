import { useTranslations } from "next-intl";
import type { TConsensusReport } from "@/lib/consensus/collective";
import { agreedAspectLevels } from "@/lib/consensus/collective";
import type { TMaturityModel } from "@/lib/model/schema";
import { ConsensusReport } from "./consensus-report";

/** Results of a collaborative assessment: the individual answers' distribution next to the agreed answers. */
export function RespondentResults({
  model,
  report,
}: Readonly<{ model: TMaturityModel; report: TConsensusReport }>) {
  const t = useTranslations("respondents");
  return (
    <section aria-labelledby="respondent-results" className="space-y-4">
      <header>
        <h2 id="respondent-results" className="text-xl font-semibold">
          {t("results.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("results.body", { count: report.respondents })}</p>
      </header>
      <ConsensusReport
        model={model}
        report={report}
        agreedLevels={agreedAspectLevels(model, report)}
        record={null}
      />
    </section>
  );
}

import type { TConsensusReport } from "@/lib/consensus/collective";
import { agreedAspectLevels } from "@/lib/consensus/collective";
import type { TMaturityModel } from "@/lib/model/schema";
import { ConsensusReport } from "./consensus-report";

/** Results of a collaborative assessment: the individual answers' distribution next to the agreed answers. */
export function RespondentResults({
  model,
  report,
}: Readonly<{ model: TMaturityModel; report: TConsensusReport }>) {
  return (
    <section aria-labelledby="respondent-results" className="space-y-4">
      <header>
        <h2 id="respondent-results" className="text-xl font-semibold">
          How the team answered
        </h2>
        <p className="text-sm text-slate-700">
          {report.respondents} {report.respondents === 1 ? "person" : "people"} answered privately; the levels
          above come from the answers the team agreed on afterwards. Each question shows the spread of
          individual answers, its median and the agreed answer with the team&apos;s note.
        </p>
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

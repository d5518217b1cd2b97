import { setFinishedAction } from "./actions";
import { formatDate } from "@/lib/format";
import { ActionButton } from "@/components/respondents/action-button";

type TProps = Readonly<{ orgSlug: string; assessmentId: string; finishedAt: Date | null }>;

/** In place of "Submit": a respondent tells the lead they are done (and can still change answers until closing). */
export function FinishPanel({ orgSlug, assessmentId, finishedAt }: TProps) {
  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 className="font-semibold">Done answering?</h2>
      <p className="mt-1 text-sm text-slate-700">
        {finishedAt
          ? `You marked your answers as finished on ${formatDate(finishedAt)}. You can still change them until the lead closes answering.`
          : "Your answers are already saved. Tell the lead you are done; you can still change them until answering closes."}
      </p>
      <div className="mt-3">
        {finishedAt ? (
          <ActionButton
            action={setFinishedAction}
            fields={{ orgSlug, assessmentId, isFinished: "false" }}
            label="I am not finished yet"
            pendingLabel="Saving…"
            variant="secondary"
          />
        ) : (
          <ActionButton
            action={setFinishedAction}
            fields={{ orgSlug, assessmentId, isFinished: "true" }}
            label="Mark my answers as finished"
            pendingLabel="Saving…"
          />
        )}
      </div>
    </div>
  );
}

import { openToRespondentsAction } from "./respondents/actions";
import { ActionButton } from "@/components/respondents/action-button";

/** On a solo draft: let several team members answer privately instead of the lead alone. */
export function OpenToRespondents({
  orgSlug,
  assessmentId,
}: Readonly<{ orgSlug: string; assessmentId: string }>) {
  return (
    <details className="mt-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">
        Ask the team: open to several respondents
      </summary>
      <p className="mt-2 text-slate-700">
        Team members answer privately with a link you share; answers you already gave become your own. When
        you close answering, you see how everyone answered, discuss the disagreements and record the
        team&apos;s agreed answers.
      </p>
      <div className="mt-3">
        <ActionButton
          action={openToRespondentsAction}
          fields={{ orgSlug, assessmentId }}
          label="Open to respondents"
          pendingLabel="Opening…"
          variant="secondary"
        />
      </div>
    </details>
  );
}

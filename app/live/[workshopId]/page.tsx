import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ParticipantView } from "@/components/workshop/participant-view";
import { getOwnVote } from "@/lib/data/workshops/votes";
import { getPublicState, getWorkshopModel } from "@/lib/data/workshops/state";
import { localizeModel } from "@/lib/model/localize";
import { liveModelText } from "@/lib/workshops/localize";
import { pageWorkshopAccess } from "./access";
import { JoinAsMember } from "./join-as-member";
import { livePath } from "@/lib/paths";

export const dynamic = "force-dynamic";

/** A participant's screen. A reload lands on the current question with the caller's vote restored. */
export default async function WorkshopParticipantPage({
  params,
}: Readonly<{ params: Promise<{ workshopId: string }> }>) {
  const { workshopId } = await params;
  const access = await pageWorkshopAccess(workshopId);
  const [state, vote, source, t, locale] = await Promise.all([
    getPublicState(access),
    getOwnVote(access),
    getWorkshopModel(access),
    getTranslations("workshops"),
    getLocale(),
  ]);
  if (!access.participantId) {
    return (
      <div className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-lg font-semibold">{state.title}</h1>
        <p className="text-slate-700">
          {t("inRoom", { team: state.teamName, count: state.participants.length })}
        </p>
        {state.status === "ENDED" ? (
          <Link className="text-brand-700 underline" href={livePath(workshopId, "summary")}>
            {t("seeSummary")}
          </Link>
        ) : (
          <JoinAsMember workshopId={workshopId} />
        )}
      </div>
    );
  }
  return (
    <ParticipantView
      workshopId={workshopId}
      initialState={state}
      participantId={access.participantId}
      initialVote={vote}
      text={liveModelText(source, localizeModel(source, locale))}
    />
  );
}

import Link from "next/link";
import { ParticipantView } from "@/components/workshop/participant-view";
import { getOwnVote } from "@/lib/data/workshops/votes";
import { getPublicState } from "@/lib/data/workshops/state";
import { pageWorkshopAccess } from "./access";
import { JoinAsMember } from "./join-as-member";

export const dynamic = "force-dynamic";

/** A participant's screen. A reload lands on the current question with the caller's vote restored. */
export default async function WorkshopParticipantPage({
  params,
}: Readonly<{ params: Promise<{ workshopId: string }> }>) {
  const { workshopId } = await params;
  const access = await pageWorkshopAccess(workshopId);
  const [state, vote] = await Promise.all([getPublicState(access), getOwnVote(access)]);
  if (!access.participantId) {
    return (
      <div className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-lg font-semibold">{state.title}</h1>
        <p className="text-slate-700">
          {state.teamName} · {state.participants.length} in the room
        </p>
        {state.status === "ENDED" ? (
          <Link className="text-brand-700 underline" href={`/w/${workshopId}/summary`}>
            See the summary
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
    />
  );
}

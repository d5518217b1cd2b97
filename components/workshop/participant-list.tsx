import type { TPublicState } from "@/lib/workshops/public-state";

/** Who is in the room and, for the current question, who has voted (never what). */
export function ParticipantList({
  state,
  onRemove,
}: Readonly<{ state: TPublicState; onRemove?: (participantId: string) => void }>) {
  const voted = new Set(state.votedIds);
  if (state.participants.length === 0)
    return <p className="text-sm text-slate-700">Nobody has joined yet.</p>;
  return (
    <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label="Participants">
      {state.participants.map((p) => (
        <li key={p.id} className="flex min-w-0 items-center gap-2">
          <span aria-hidden="true" className={voted.has(p.id) ? "text-green-700" : "text-slate-500"}>
            {voted.has(p.id) ? "✓" : "○"}
          </span>
          <span className="truncate">{p.name}</span>
          {p.isGuest ? <span className="text-xs text-slate-500">guest</span> : null}
          {state.question ? (
            <span className="sr-only">{voted.has(p.id) ? "has voted" : "has not voted"}</span>
          ) : null}
          {onRemove && state.status !== "ENDED" ? (
            <button
              type="button"
              className="ml-auto text-xs text-red-700 underline"
              aria-label={`Remove ${p.name}`}
              onClick={() => onRemove(p.id)}
            >
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

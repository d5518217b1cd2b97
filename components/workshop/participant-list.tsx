import { useTranslations } from "next-intl";
import type { TPublicState } from "@/lib/workshops/public-state";

/** Who is in the room and, for the current question, who has voted (never what). */
export function ParticipantList({
  state,
  onRemove,
}: Readonly<{ state: TPublicState; onRemove?: (participantId: string) => void }>) {
  const t = useTranslations("workshops");
  const voted = new Set(state.votedIds);
  if (state.participants.length === 0)
    return <p className="text-sm text-slate-700">{t("participants.none")}</p>;
  return (
    <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label={t("participants.label")}>
      {state.participants.map((p) => (
        <li key={p.id} className="flex min-w-0 items-center gap-2">
          <span aria-hidden="true" className={voted.has(p.id) ? "text-green-700" : "text-slate-500"}>
            {voted.has(p.id) ? "✓" : "○"}
          </span>
          <span className="truncate">{p.name}</span>
          {p.isGuest ? <span className="text-xs text-slate-500">{t("participants.guest")}</span> : null}
          {state.question ? (
            <span className="sr-only">
              {voted.has(p.id) ? t("participants.voted") : t("participants.notVoted")}
            </span>
          ) : null}
          {onRemove && state.status !== "ENDED" ? (
            <button
              type="button"
              className="ml-auto text-xs text-red-700 underline"
              aria-label={t("participants.removeLabel", { name: p.name })}
              onClick={() => onRemove(p.id)}
            >
              {t("participants.remove")}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

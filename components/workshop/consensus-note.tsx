import { useTranslations } from "next-intl";
import { LevelBadge } from "@/components/level-badge";
import type { TPublicState } from "@/lib/workshops/public-state";

/** The consensus the facilitator recorded for the current question. */
export function ConsensusNote({ state }: Readonly<{ state: TPublicState }>) {
  const t = useTranslations("workshops");
  const consensus = state.consensus;
  if (!consensus) return null;
  const name = state.levels.find((l) => l.level === consensus.level)?.name ?? null;
  return (
    <div
      role="status"
      data-testid="consensus"
      className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900"
    >
      <p className="flex flex-wrap items-center gap-2 font-medium">
        {t("consensus.label")}{" "}
        {consensus.notSure ? (
          t("notSure")
        ) : (
          <LevelBadge level={consensus.level} name={name} maxLevel={state.levels.length} />
        )}
      </p>
      {consensus.notes ? <p className="mt-1 whitespace-pre-line">{consensus.notes}</p> : null}
    </div>
  );
}

import "server-only";
import { getTranslations } from "next-intl/server";
import type { TAspectGap } from "@/lib/journeys/gap";
import type { TMaturityModel } from "@/lib/model/schema";

const STATUS_KEY = {
  "no-target": "noTarget",
  "not-assessed": "notAssessed",
  reached: "reached",
  above: "above",
} as const;

/** Short text for a gap ("2 levels to go", "Target reached", …) in the reader's language. */
export async function gapText() {
  const t = await getTranslations("journeys.gap");
  return (gap: Pick<TAspectGap, "gap" | "status">) =>
    gap.status === "below" ? t("below", { count: gap.gap ?? 0 }) : t(STATUS_KEY[gap.status]);
}

/** One line of targets in model order: "Investment → L3 Scalable · Adoption → L2 Operational". */
export async function targetsText() {
  const tj = await getTranslations("journeys");
  return (model: Pick<TMaturityModel, "aspects" | "levels">, targets: Readonly<Record<string, number>>) => {
    const parts = model.aspects
      .filter((a) => targets[a.id] !== undefined)
      .map((a) =>
        `${a.name} → L${targets[a.id]} ${model.levels.find((l) => l.level === targets[a.id])?.name ?? ""}`.trim(),
      );
    return parts.length > 0 ? parts.join(" · ") : tj("noTargets");
  };
}

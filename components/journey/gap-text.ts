import "server-only";
import { getTranslations } from "next-intl/server";
import type { TAspectGap } from "@/lib/journeys/gap";

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

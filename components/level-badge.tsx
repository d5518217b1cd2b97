import { useTranslations } from "next-intl";
import { levelColours } from "@/lib/level-style";

export function LevelBadge({
  level,
  name,
  maxLevel = 4,
}: Readonly<{ level: number | null; name: string | null; maxLevel?: number }>) {
  const t = useTranslations("ui");
  const colours = levelColours(level, maxLevel);
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold"
      style={{ backgroundColor: colours.bg, color: colours.fg }}
    >
      {level === null ? t("notAssessed") : t("levelBadge", { level, name: name ?? "" })}
    </span>
  );
}

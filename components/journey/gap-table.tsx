import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level-badge";
import type { TAspectGap } from "@/lib/journeys/gap";
import { gapText } from "./gap-text";
import { modelCellPath } from "@/lib/paths";
import { levelName, type TMaturityModel } from "@/lib/model/schema";

type TProps = Readonly<{
  orgSlug: string;
  model: TMaturityModel;
  modelRef: { key: string; version: number };
  gaps: TAspectGap[];
  currentLabel: string;
}>;

function NextStep({
  orgSlug,
  modelRef,
  gap,
}: Readonly<{ orgSlug: string; modelRef: TProps["modelRef"]; gap: TAspectGap }>) {
  if (!gap.next) return <span className="text-slate-600">—</span>;
  return (
    <>
      <Link
        className="font-medium text-brand-700 underline"
        href={modelCellPath(orgSlug, modelRef, gap.aspectId, gap.next.level)}
      >
        L{gap.next.level}: {gap.next.tagline}
      </Link>
      <p className="mt-1 text-slate-700">{gap.next.description}</p>
    </>
  );
}

/** Phones: one block per aspect instead of a five-column table. */
async function GapList({ orgSlug, model, modelRef, gaps }: TProps) {
  const maxLevel = model.levels.length;
  const t = await getTranslations("journeys.gapTable");
  const describeGap = await gapText();
  return (
    <ul className="space-y-4 text-sm sm:hidden" aria-label={t("perAspect")}>
      {gaps.map((g) => (
        <li key={g.aspectId} className="border-b border-slate-100 pb-3 last:border-0">
          <p className="font-semibold">
            {g.aspectName}: {describeGap(g)}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-1 text-slate-700">
            {t("now")} <LevelBadge level={g.current} name={levelName(model, g.current)} maxLevel={maxLevel} />{" "}
            · {t("target")}{" "}
            {g.target === null ? (
              t("none")
            ) : (
              <LevelBadge level={g.target} name={levelName(model, g.target)} maxLevel={maxLevel} />
            )}
          </p>
          {g.next ? (
            <div className="mt-1">
              <NextStep orgSlug={orgSlug} modelRef={modelRef} gap={g} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Target vs. current per aspect with the model's description of the next step. Also the charts' text alternative. */
export async function GapTable(props: TProps) {
  const { orgSlug, model, modelRef, gaps, currentLabel } = props;
  const maxLevel = model.levels.length;
  const t = await getTranslations("journeys.gapTable");
  const describeGap = await gapText();
  return (
    <>
      <GapList {...props} />
      <div className="hidden overflow-x-auto sm:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption", { current: currentLabel })}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-700">
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("aspect")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {t("current")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {t("targetColumn")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {t("gap")}
              </th>
              <th scope="col" className="py-2 pl-2 font-medium">
                {t("next")}
              </th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.aspectId} className="border-b border-slate-100 align-top last:border-0">
                <th scope="row" className="py-3 pr-3 text-left font-medium">
                  {g.aspectName}
                </th>
                <td className="px-2 py-3">
                  <LevelBadge level={g.current} name={levelName(model, g.current)} maxLevel={maxLevel} />
                </td>
                <td className="px-2 py-3">
                  {g.target === null ? (
                    <span className="text-slate-600">{t("noTarget")}</span>
                  ) : (
                    <LevelBadge level={g.target} name={levelName(model, g.target)} maxLevel={maxLevel} />
                  )}
                </td>
                <td className="whitespace-nowrap px-2 py-3 font-medium">{describeGap(g)}</td>
                <td className="min-w-56 py-3 pl-2">
                  <NextStep orgSlug={orgSlug} modelRef={modelRef} gap={g} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { journeysPath, teamPath } from "@/lib/paths";

type TTab = "board" | "list" | "iterations" | "suggestions" | "new";
type TProps = Readonly<{
  orgSlug: string;
  teamId: string;
  teamName: string;
  journeyId: string;
  journeyTitle: string;
  base: string;
  canEdit: boolean;
  active: TTab;
}>;

/** Breadcrumb, title, views and exports: the top of every plan page. */
export async function PlanHeader({
  orgSlug,
  teamId,
  teamName,
  journeyId,
  journeyTitle,
  base,
  canEdit,
  active,
}: TProps) {
  const t = await getTranslations("plans.header");
  const tabs: Array<{ id: TTab; label: string; href: string }> = [
    { id: "board", label: t("board"), href: base },
    { id: "list", label: t("list"), href: `${base}/list` },
    { id: "iterations", label: t("iterations"), href: `${base}/iterations` },
    ...(canEdit
      ? [{ id: "suggestions" as const, label: t("suggestions"), href: `${base}/suggestions` }]
      : []),
  ];
  return (
    <header className="space-y-3">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <Link className="underline" href={teamPath(orgSlug, teamId)}>
          {teamName}
        </Link>{" "}
        /{" "}
        <Link className="underline" href={journeysPath(orgSlug, teamId, journeyId)}>
          {journeyTitle}
        </Link>{" "}
        / {t("plan")}
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="min-w-0 break-words text-2xl font-semibold">{t("title", { title: journeyTitle })}</h1>
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <Link className={buttonClass("primary", "sm")} href={`${base}/steps/new`}>
              {t("addStep")}
            </Link>
          ) : null}
          <a className={buttonClass("secondary", "sm")} href={`${base}/export?format=csv`} download>
            {t("exportCsv")}
          </a>
          <a className={buttonClass("secondary", "sm")} href={`${base}/export?format=md`} download>
            {t("exportMarkdown")}
          </a>
        </div>
      </div>
      <nav aria-label={t("views")} className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t) => (
          <Link
            key={t.id}
            href={t.href}
            aria-current={active === t.id ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${active === t.id ? "border-brand-600 font-semibold text-slate-900" : "border-transparent text-brand-700 hover:border-slate-300"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {canEdit ? null : <p className="text-sm text-slate-700">{t("readOnly")}</p>}
    </header>
  );
}

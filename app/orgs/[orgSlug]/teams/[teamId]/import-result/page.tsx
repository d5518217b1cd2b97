import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { canEditTeamAssessments, pageGuard, requireOrg, requireTeam } from "@/lib/authz";
import { listPemmModels } from "@/lib/data/models";
import { teamPath } from "@/lib/paths";
import { ImportResultForm } from "./import-result-form";

export async function generateMetadata(): Promise<Metadata> {
  const tMeta = await getTranslations("teams");
  return { title: tMeta("import.title") };
}

export default async function ImportResultPage({
  params,
}: Readonly<{ params: Promise<{ orgSlug: string; teamId: string }> }>) {
  const { orgSlug, teamId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const access = await pageGuard(requireTeam(ctx, teamId));
  const models = await listPemmModels(ctx);
  const t = await getTranslations("resultImport");
  const tTeams = await getTranslations("teams");
  const canEdit = canEditTeamAssessments(ctx.role, access.isMember);
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label={tTeams("import.breadcrumb")} className="text-sm text-slate-600">
        <Link className="underline" href={teamPath(orgSlug, teamId)}>
          {access.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { team: access.name })}</p>
      {!canEdit ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("cannotEdit")}
        </p>
      ) : models.length === 0 ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("noModels")}
        </p>
      ) : (
        <ImportResultForm
          orgSlug={orgSlug}
          teamId={teamId}
          models={models.map((m) => ({
            id: m.id,
            label: tTeams("start.modelOption", { title: m.title, version: m.version }),
          }))}
        />
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getAssessment } from "@/lib/data/assessments";
import { listModels } from "@/lib/data/models";
import { listTeams } from "@/lib/data/teams";
import { listWorkshops } from "@/lib/data/workshops";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { livePath, workshopPath } from "@/lib/paths";
import { firstParam } from "@/lib/validation/params";
import { CreateWorkshopForm } from "./create-workshop-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workshops");
  return { title: t("list.heading") };
}

type TProps = Readonly<{
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<{ teamId?: string | string[]; assessmentId?: string | string[] }>;
}>;

export default async function WorkshopsPage({ params, searchParams }: TProps) {
  const { orgSlug } = await params;
  const query = await searchParams;
  const [teamId, assessmentId] = [firstParam(query.teamId), firstParam(query.assessmentId)];
  const ctx = await pageGuard(requireOrg(orgSlug));
  const canRun = hasRole(ctx.role, "FACILITATOR");
  const [workshops, teams, models] = await Promise.all([
    listWorkshops(ctx),
    canRun ? listTeams(ctx) : [],
    canRun ? listModels(ctx) : [],
  ]);
  const existing = assessmentId ? workshops.find((w) => w.assessment.id === assessmentId) : undefined;
  if (canRun && existing) redirect(workshopPath(orgSlug, existing.id));
  const draft = canRun && assessmentId ? await getAssessment(ctx, assessmentId).catch(() => null) : null;
  const [t, format] = await Promise.all([getTranslations("workshops"), getFormatter()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        <p className="text-slate-700">{t("list.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <h2 className="mb-3 font-semibold">{t("list.heading")}</h2>
          {workshops.length === 0 ? (
            <p className="text-sm text-slate-700">{t("list.none")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-slate-600">
                  <tr>
                    <th className="py-1 pr-3 font-medium">{t("list.assessment")}</th>
                    <th className="py-1 pr-3 font-medium">{t("list.team")}</th>
                    <th className="py-1 pr-3 font-medium">{t("list.status")}</th>
                    <th className="py-1 pr-3 font-medium">{t("list.people")}</th>
                    <th className="py-1 font-medium">{t("list.created")}</th>
                  </tr>
                </thead>
                <tbody>
                  {workshops.map((w) => (
                    <tr key={w.id} className="border-t border-slate-100">
                      <td className="py-1.5 pr-3">
                        <Link
                          className="text-brand-700 underline"
                          href={
                            canRun && w.status !== "ENDED"
                              ? workshopPath(orgSlug, w.id)
                              : livePath(w.id, "summary")
                          }
                        >
                          {w.assessment.title}
                        </Link>
                      </td>
                      <td className="py-1.5 pr-3">{w.assessment.team.name}</td>
                      <td className="py-1.5 pr-3">{t(`status.${w.status}`)}</td>
                      <td className="py-1.5 pr-3 tabular-nums">{w.participantCount}</td>
                      <td className="py-1.5 whitespace-nowrap">
                        {format.dateTime(w.createdAt, { dateStyle: "medium" })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        {canRun ? (
          <Card className="min-w-0">
            <h2 className="mb-3 font-semibold">{t("list.newTitle")}</h2>
            <CreateWorkshopForm
              orgSlug={orgSlug}
              teams={teams.map((t) => ({ id: t.id, label: t.name }))}
              models={models.map((m) => ({
                id: m.id,
                label: t("modelVersion", { title: m.title, version: m.version }),
              }))}
              teamId={teamId}
              assessment={
                draft && draft.status === "DRAFT" ? { id: draft.id, label: draft.title } : undefined
              }
            />
          </Card>
        ) : null}
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AspectRadar } from "@/components/charts/aspect-radar";
import { Card } from "@/components/ui/card";
import { getAssessment, listTeamAssessments } from "@/lib/data/assessments";
import { formatDate, formatScore } from "@/lib/format";
import { pageGuard } from "@/lib/page-guard";
import { scoreAssessment } from "@/lib/scoring/score";
import { requireOrg } from "@/lib/session";
import { AspectResults } from "./aspect-results";
import { TeamHistory } from "./team-history";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: Readonly<{ params: Promise<{ orgSlug: string; assessmentId: string }> }>) {
  const { orgSlug, assessmentId } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const assessment = await pageGuard(getAssessment(ctx, assessmentId));
  const { model } = assessment;
  const result = scoreAssessment(model, assessment.answers);
  const history = (await listTeamAssessments(ctx, assessment.team.id)).filter((a) => a.status === "SUBMITTED");
  const scored = result.aspects.filter((a) => a.score !== null);
  const radarLabel = `Radar chart of aspect scores: ${result.aspects.map((a) => `${a.aspectName} ${a.score === null ? "not assessed" : `${formatScore(a.score)} (${a.levelName})`}`).join(", ")}.`;

  return (
    <div className="space-y-6">
      <header>
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link className="underline" href={`/orgs/${orgSlug}/teams/${assessment.team.id}`}>{assessment.team.name}</Link> / Results
        </nav>
        <h1 className="mt-1 text-2xl font-semibold">{assessment.title}</h1>
        <p className="text-sm text-slate-700">
          {model.title} v{model.version} ·{" "}
          {assessment.status === "SUBMITTED" ? `submitted ${formatDate(assessment.submittedAt)} (read-only snapshot)` : "draft"} · {result.answered} of {result.total} questions answered
        </p>
        {assessment.status === "DRAFT" ? (
          <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Provisional results of a draft: they change as answers change.{" "}
            <Link className="font-medium underline" href={`/orgs/${orgSlug}/assessments/${assessmentId}`}>Back to the questionnaire</Link>
          </p>
        ) : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="min-w-0 lg:col-span-2">
          <h2 className="font-semibold">Maturity by aspect</h2>
          {scored.length >= 3 ? (
            <AspectRadar
              maxLevel={model.levels.length}
              label={radarLabel}
              data={scored.map((a) => ({ aspect: a.aspectName, score: a.score ?? 0, levelName: a.levelName ?? "" }))}
            />
          ) : (
            <p className="mt-3 text-sm text-slate-700">A radar needs at least three assessed aspects; see the table.</p>
          )}
          {scored.length < result.aspects.length ? (
            <p className="text-xs text-slate-600">Not assessed (left off the chart): {result.aspects.filter((a) => a.score === null).map((a) => a.aspectName).join(", ")}.</p>
          ) : null}
          <p className="mt-2 text-xs text-slate-600">Scale 1–{model.levels.length}: {model.levels.map((l) => `${l.level} ${l.name}`).join(" · ")}. There is no single overall level: each aspect stands on its own.</p>
        </Card>
        <div className="min-w-0 lg:col-span-3">
          <AspectResults orgSlug={orgSlug} model={model} aspects={result.aspects} />
        </div>
      </div>
      <TeamHistory orgSlug={orgSlug} currentId={assessmentId} model={model} history={history} />
    </div>
  );
}

import { z } from "zod";
import {
  exportAssessmentDocument,
  importAssessmentDocument,
  previewAssessmentDocument,
} from "@/lib/data/assessment-code";
import { getAssessment } from "@/lib/data/assessments";
import { assessmentDocumentYaml, ZAssessmentDocument } from "@/lib/interop/assessment-code";
import { assertTeamVisible } from "../caller";
import { defineEndpoint } from "../handler";
import { ZId } from "./schemas";

export const exportAssessmentEndpoint = defineEndpoint(
  {
    operationId: "exportAssessment",
    method: "GET",
    path: "/orgs/{org}/assessments/{assessmentId}/export",
    tag: "Assessment as code",
    summary: "Export an assessment as a document",
    description:
      "Model key and version, answers, notes and evidence links, as JSON (default) or YAML (`?format=yaml`). Import it again with POST …/assessments/import.",
    params: z.object({ assessmentId: ZId }),
    query: z.object({ format: z.enum(["json", "yaml"]).default("json") }),
    response: ZAssessmentDocument,
    responseYaml: true,
    errors: [400],
  },
  async ({ caller, params, query }) => {
    const assessment = await getAssessment(caller.ctx, params.assessmentId);
    assertTeamVisible(caller, assessment.team.id, "Assessment");
    const { document } = await exportAssessmentDocument(caller.ctx, params.assessmentId);
    const name = `assessment-${params.assessmentId}.${query.format}`;
    const headers = { "Content-Disposition": `attachment; filename="${name}"` };
    if (query.format === "yaml")
      return {
        body: document,
        headers,
        raw: { contentType: "application/yaml; charset=utf-8", text: assessmentDocumentYaml(document) },
      };
    return { body: document, headers };
  },
);

const ZProblemItem = z.object({ path: z.string(), question: z.string(), message: z.string() });

export const importAssessmentEndpoint = defineEndpoint(
  {
    operationId: "importAssessment",
    method: "POST",
    path: "/orgs/{org}/assessments/import",
    tag: "Assessment as code",
    summary: "Import a document as a draft",
    description:
      "Creates a draft for `teamId` from an exported document (JSON or YAML body). `dryRun=true` only previews. Answers that do not fit the model are listed under `problems` and never stored; if none fits, nothing is created (422).",
    query: z.object({
      teamId: ZId,
      dryRun: z
        .enum(["true", "false"])
        .default("false")
        .transform((v) => v === "true"),
      title: z.string().trim().max(200).optional(),
    }),
    body: ZAssessmentDocument,
    yamlBody: true,
    maxBodyBytes: 1024 * 1024,
    response: z.object({
      assessmentId: ZId.nullable().describe("null for a dry run"),
      model: z.object({ key: z.string(), version: z.number().int(), title: z.string() }),
      imported: z.number().int().describe("Answers stored (or that would be)."),
      total: z.number().int().describe("Questions of the model."),
      problems: z.array(ZProblemItem),
    }),
    status: 201,
    errors: [400, 403, 413, 415, 422],
  },
  async ({ caller, query, body }) => {
    assertTeamVisible(caller, query.teamId, "Team");
    const preview = await previewAssessmentDocument(caller.ctx, body);
    const model = { key: body.model.key, version: body.model.version, title: preview.modelTitle };
    if (query.dryRun)
      return {
        status: 200,
        body: {
          assessmentId: null,
          model,
          imported: preview.answers.length,
          total: preview.total,
          problems: preview.problems,
        },
      };
    const result = await importAssessmentDocument(caller.ctx, {
      teamId: query.teamId,
      document: body,
      title: query.title,
    });
    return {
      body: {
        assessmentId: result.assessmentId,
        model,
        imported: result.imported,
        total: preview.total,
        problems: result.problems,
      },
      headers: { Location: `/api/v1/orgs/${caller.ctx.orgSlug}/assessments/${result.assessmentId}` },
    };
  },
);

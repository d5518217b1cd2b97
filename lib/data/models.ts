import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { orgModelKey, prepareModelImport, type TImportFormat } from "@/lib/interop/model-import";
import type { TPemmSource } from "@/lib/interop/pemm-import";
import { modelLanguages } from "@/lib/model/localize";
import { ModelContentError, hashModel, type TModelIssue } from "@/lib/model/parse";
import { ZMaturityModel, type TMaturityModel } from "@/lib/model/schema";
import { recordAudit } from "./audit";

// Published versions are immutable, so a parsed definition can be cached for the process lifetime.
const parsedById = new Map<string, TMaturityModel>();

/** JSON columns are parsed with zod on read too: a bad row is a clear error, not a broken page. */
function parseDefinition(id: string, definition: unknown): TMaturityModel {
  const cached = parsedById.get(id);
  if (cached) return cached;
  const model = ZMaturityModel.parse(definition);
  parsedById.set(id, model);
  return model;
}

/**
 * Makes every content model version available in the database (idempotent). A version whose content
 * changed after it was published is refused: edits belong in a new v<N+1> folder. Translations are
 * not part of the content hash, so new or improved translations of a published version are stored
 * ("translated"); running processes pick them up on restart (definitions are cached per process).
 */
export async function syncContentModels(models: readonly TMaturityModel[]) {
  const results: Array<{ key: string; version: number; status: "created" | "unchanged" | "translated" }> = [];
  for (const model of models) {
    const contentHash = hashModel(model);
    const existing = await db.maturityModel.findUnique({
      where: { key_version: { key: model.id, version: model.version } },
      select: { id: true, contentHash: true, definition: true },
    });
    if (existing && existing.contentHash !== contentHash) {
      throw new Error(
        `Model ${model.id} v${model.version} was changed after it was published. Published versions are immutable: put the change in content/model/${model.id}/v${model.version + 1}/model.yaml.`,
      );
    }
    if (!existing) {
      await db.maturityModel.create({
        data: { key: model.id, version: model.version, title: model.title, contentHash, definition: model },
      });
    }
    const stored = (existing?.definition ?? {}) as { translations?: unknown };
    const isTranslated =
      existing !== null && canonical(stored.translations ?? null) !== canonical(model.translations ?? null);
    if (isTranslated) {
      await db.maturityModel.update({ where: { id: existing.id }, data: { definition: model } });
      parsedById.delete(existing.id);
    }
    results.push({
      key: model.id,
      version: model.version,
      status: !existing ? "created" : isTranslated ? "translated" : "unchanged",
    });
  }
  return results;
}

/** JSON with sorted keys: jsonb does not keep key order, so stored and loaded text compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export type TModelImportPreview = Readonly<{
  format: TImportFormat;
  key: string;
  version: number;
  title: string;
  languages: string[];
  aspects: Array<{ id: string; name: string; questions: number }>;
}>;

/** ModelContentError → INVALID_INPUT whose `issues` field lists "file:line path: message" lines. */
function importError(err: unknown): never {
  if (!(err instanceof ModelContentError)) throw err;
  const line = (i: TModelIssue) =>
    `${err.source}${i.line ? `:${i.line}` : ""}${i.path ? ` ${i.path}` : ""}: ${i.message}`;
  throw new AppError(
    "INVALID_INPUT",
    `The file could not be imported (${err.issues.length} ${err.issues.length === 1 ? "problem" : "problems"}).`,
    { issues: err.issues.map(line) },
  );
}

/**
 * Validates uploaded model files and, unless `dryRun`, creates the next version of this
 * organization's model from them (admins only). One insert: an invalid file creates nothing.
 */
export async function importModel(
  ctx: OrgContext,
  files: readonly TPemmSource[],
  { dryRun = false, baseId }: { dryRun?: boolean; baseId?: string } = {},
  meta: TAuditMeta = NO_AUDIT_META,
) {
  assertRole(ctx, "ADMIN", "Only admins can import models.");
  let prepared: ReturnType<typeof prepareModelImport>;
  try {
    prepared = prepareModelImport(files);
  } catch (err) {
    importError(err);
  }
  const key = orgModelKey(baseId || prepared.baseId, ctx.orgId);
  const taken = await db.maturityModel.findFirst({
    where: { key, NOT: { organizationId: ctx.orgId } },
    select: { id: true },
  });
  if (taken)
    throw new AppError("CONFLICT", `The model key "${key}" is already used. Choose another model id.`);
  const latest = await db.maturityModel.findFirst({
    where: { key, organizationId: ctx.orgId },
    select: { version: true },
    orderBy: { version: "desc" },
  });
  const version = (latest?.version ?? 0) + 1;
  let model: TMaturityModel;
  try {
    model = prepared.build({ id: key, version });
  } catch (err) {
    importError(err);
  }
  const preview: TModelImportPreview = {
    format: prepared.format,
    key,
    version,
    title: model.title,
    languages: modelLanguages(model),
    aspects: model.aspects.map((a) => ({ id: a.id, name: a.name, questions: a.questions.length })),
  };
  if (dryRun) return { preview, modelId: null };
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.maturityModel.create({
        data: {
          organizationId: ctx.orgId,
          key,
          version,
          title: model.title,
          contentHash: hashModel(model),
          definition: model,
        },
        select: { id: true },
      });
      await recordAudit(
        tx,
        { ...ctx, meta },
        {
          action: "model.imported",
          target: { type: "model", id: created.id, label: `${model.title} v${version}` },
          details: { key, version, format: prepared.format, files: files.length },
        },
      );
      return created;
    });
    return { preview, modelId: row.id };
  } catch (err) {
    if ((err as { code?: string }).code === "P2002")
      throw new AppError(
        "CONFLICT",
        "Another import of this model finished at the same moment. Please import again.",
      );
    throw err;
  }
}

/** Usable models imported from community question files (they can take shared result links). */
export async function listPemmModels(ctx: OrgContext) {
  const rows = await listModels(ctx);
  const withDefinitions = await Promise.all(
    rows.map(async (row) => ({ ...row, model: await getModelDefinition(row.id) })),
  );
  return withDefinitions.filter((m) => Object.keys(m.model.interop?.pemm.fields ?? {}).length > 0);
}

const visibleTo = (ctx: OrgContext) => ({ OR: [{ organizationId: null }, { organizationId: ctx.orgId }] });

/** Model versions this organization can use, newest version first per model. */
export async function listModels(ctx: OrgContext) {
  return db.maturityModel.findMany({
    where: visibleTo(ctx),
    select: { id: true, key: true, version: true, title: true },
    orderBy: [{ key: "asc" }, { version: "desc" }],
  });
}

export async function getModelVersion(ctx: OrgContext, key: string, version?: number) {
  const row = await db.maturityModel.findFirst({
    where: { key, ...(version ? { version } : {}), ...visibleTo(ctx) },
    select: { id: true, key: true, version: true, definition: true },
    orderBy: { version: "desc" },
  });
  if (!row) throw new AppError("NOT_FOUND", "Model not found.");
  return { id: row.id, key: row.key, version: row.version, model: parseDefinition(row.id, row.definition) };
}

/** The definition of a model row already reached through a tenant-scoped record. */
export async function getModelDefinition(modelRowId: string, client: TTx = db): Promise<TMaturityModel> {
  const cached = parsedById.get(modelRowId);
  if (cached) return cached;
  const row = await client.maturityModel.findUnique({
    where: { id: modelRowId },
    select: { id: true, definition: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Model not found.");
  return parseDefinition(row.id, row.definition);
}

export async function requireUsableModel(ctx: OrgContext, modelRowId: string) {
  const row = await db.maturityModel.findFirst({
    where: { id: modelRowId, ...visibleTo(ctx) },
    select: { id: true, title: true, version: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Model not found.");
  return row;
}

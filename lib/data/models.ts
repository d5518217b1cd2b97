import "server-only";
import type { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashModel } from "@/lib/model/parse";
import { ZMaturityModel, type TMaturityModel } from "@/lib/model/schema";

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
 * changed after it was published is refused: edits belong in a new v<N+1> folder.
 */
export async function syncContentModels(models: readonly TMaturityModel[]) {
  const results: Array<{ key: string; version: number; status: "created" | "unchanged" }> = [];
  for (const model of models) {
    const contentHash = hashModel(model);
    const existing = await db.maturityModel.findUnique({
      where: { key_version: { key: model.id, version: model.version } },
      select: { contentHash: true },
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
    results.push({ key: model.id, version: model.version, status: existing ? "unchanged" : "created" });
  }
  return results;
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
export async function getModelDefinition(modelRowId: string, client: Prisma.TransactionClient = db): Promise<TMaturityModel> {
  const cached = parsedById.get(modelRowId);
  if (cached) return cached;
  const row = await client.maturityModel.findUnique({ where: { id: modelRowId }, select: { id: true, definition: true } });
  if (!row) throw new AppError("NOT_FOUND", "Model not found.");
  return parseDefinition(row.id, row.definition);
}

export async function requireUsableModel(ctx: OrgContext, modelRowId: string) {
  const row = await db.maturityModel.findFirst({ where: { id: modelRowId, ...visibleTo(ctx) }, select: { id: true, title: true, version: true } });
  if (!row) throw new AppError("NOT_FOUND", "Model not found.");
  return row;
}

/**
 * Cursor pagination for /api/v1 lists: `?limit=&cursor=`, answered as `{ data, nextCursor }`. A cursor
 * is opaque to clients (base64url JSON of the last item's sort key). Pure.
 */
import { z } from "zod";
import { ApiProblem } from "./endpoint";

export const MAX_PAGE_SIZE = 100;

export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).describe("Page size (1–100)."),
  cursor: z.string().max(500).optional().describe("`nextCursor` of the previous page."),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  });

export const encodeCursor = (key: Readonly<Record<string, string | number>>) =>
  Buffer.from(JSON.stringify(key)).toString("base64url");

export function decodeCursor<S extends z.ZodType>(cursor: string | undefined, schema: S): z.output<S> | null {
  if (cursor === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  throw new ApiProblem(400, "The cursor is not valid: use the nextCursor of a previous page.", {
    errors: [{ path: "query.cursor", message: "not a cursor of this list" }],
  });
}

/**
 * One page of an already ordered in-memory list (lists that are small per organization: journeys,
 * steps, models). The cursor holds the last item's id; a cursor whose item is gone is refused.
 */
export function pageById<T extends { id: string }>(
  items: readonly T[],
  limit: number,
  cursor: string | undefined,
) {
  const after = decodeCursor(cursor, z.object({ id: z.string() }));
  let start = 0;
  if (after) {
    const index = items.findIndex((item) => item.id === after.id);
    if (index < 0)
      throw new ApiProblem(400, "The cursor's item no longer exists: start again without a cursor.", {
        errors: [{ path: "query.cursor", message: "stale cursor" }],
      });
    start = index + 1;
  }
  const data = items.slice(start, start + limit);
  const last = data[data.length - 1];
  return { data, nextCursor: last && start + limit < items.length ? encodeCursor({ id: last.id }) : null };
}

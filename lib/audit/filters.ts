/**
 * The audit page's filters live in the URL (?actor=&action=&from=&to=&page=), so every view is a link.
 * Pure: parses search params into filters plus the names of the fields that were ignored as invalid.
 */
import { z } from "zod";
import { ZAuditAction, type TAuditAction } from "./events";

const ZDay = z.iso.date();

export type TAuditSearch = Readonly<{
  actor: string | null;
  action: TAuditAction | null;
  from: string | null;
  to: string | null;
  page: number;
}>;

type TParams = Record<string, string | string[] | undefined> | URLSearchParams;

const first = (params: TParams, key: string): string => {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};

/** Valid fields are kept; an invalid one is dropped and named in `invalid` (the page says so). */
export function parseAuditSearch(params: TParams): { search: TAuditSearch; invalid: string[] } {
  const invalid: string[] = [];
  const actorRaw = first(params, "actor");
  // NUL: PostgreSQL refuses it in a query, so it is an invalid filter (400-free, the page says so).
  const actor =
    actorRaw.length > 200 || actorRaw.includes("\u0000") ? (invalid.push("actor"), null) : actorRaw || null;
  const actionRaw = first(params, "action");
  const action = actionRaw
    ? (ZAuditAction.safeParse(actionRaw).data ?? (invalid.push("action"), null))
    : null;
  const day = (key: "from" | "to") => {
    const raw = first(params, key);
    if (!raw) return null;
    return ZDay.safeParse(raw).success ? raw : (invalid.push(key), null);
  };
  let from = day("from");
  let to = day("to");
  if (from && to && from > to) [from, to] = [to, from];
  const pageRaw = first(params, "page");
  const pageParsed = z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .safeParse(pageRaw || "1");
  if (!pageParsed.success) invalid.push("page");
  return { search: { actor, action, from, to, page: pageParsed.data ?? 1 }, invalid };
}

/** The query string for `search` with `overrides` (empty values left out), for links and the CSV. */
export function auditSearchQuery(search: TAuditSearch, overrides: Partial<TAuditSearch> = {}): string {
  const merged = { ...search, ...overrides };
  const params = new URLSearchParams();
  if (merged.actor) params.set("actor", merged.actor);
  if (merged.action) params.set("action", merged.action);
  if (merged.from) params.set("from", merged.from);
  if (merged.to) params.set("to", merged.to);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

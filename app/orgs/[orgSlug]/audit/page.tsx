import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { AUDIT_ACTIONS, AUDIT_RETENTION } from "@/lib/audit/events";
import { auditSearchQuery, parseAuditSearch } from "@/lib/audit/filters";
import { getAuditRetentionDays, listAuditEvents } from "@/lib/data/audit";
import { pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { RetentionForm } from "./retention-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600";

function detailsText(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join(" · ");
}

/** Admins only: everyone else gets the same 404 as an unknown page. */
export default async function AuditPage({
  params,
  searchParams,
}: Readonly<{
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug), orgPath(orgSlug, "audit"));
  const { search, invalid } = parseAuditSearch(await searchParams);
  const [result, retentionDays] = await pageGuard(
    Promise.all([listAuditEvents(ctx, search, search.page), getAuditRetentionDays(ctx)]),
  );
  const [t, format] = await Promise.all([getTranslations("admin.audit"), getFormatter()]);
  /** A readable name for an action code such as member.role_changed (the code stays visible next to it). */
  const actionLabel = (action: string) => t(`actions.${action.replaceAll(".", "_")}`);
  const base = orgPath(ctx.orgSlug, "audit");
  const exportHref = `${base}/export${auditSearchQuery(search, { page: 1 })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-700">{t("intro", { org: ctx.orgName })}</p>
        </div>
        <a href={exportHref} className={buttonClass("secondary", "sm")} download>
          {t("downloadCsv")}
        </a>
      </div>

      <form
        method="get"
        action={base}
        aria-label={t("filters")}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <div>
          <label htmlFor="actor" className="block text-sm font-medium text-slate-800">
            {t("actor")}
          </label>
          <input
            id="actor"
            name="actor"
            defaultValue={search.actor ?? ""}
            maxLength={200}
            placeholder={t("actorPlaceholder")}
            className={CONTROL}
          />
        </div>
        <div>
          <label htmlFor="action" className="block text-sm font-medium text-slate-800">
            {t("action")}
          </label>
          <select id="action" name="action" defaultValue={search.action ?? ""} className={CONTROL}>
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t("actionOption", { label: actionLabel(a), code: a })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={search.from ?? ""} className={CONTROL} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            {t("to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={search.to ?? ""} className={CONTROL} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary", "md")}>
            {t("apply")}
          </button>
          <Link href={base} className={buttonClass("secondary", "md")}>
            {t("clear")}
          </Link>
        </div>
      </form>

      {invalid.length > 0 ? (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("invalidFilter", { filters: invalid.join(", ") })}
        </p>
      ) : null}

      <Card>
        <p className="mb-2 text-sm text-slate-700" role="status">
          {t("eventCount", { count: result.total })}
          {result.pageCount > 1 ? ` · ${t("pageOf", { page: result.page, pages: result.pageCount })}` : ""}
        </p>
        {result.rows.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noEvents")}</p>
        ) : (
          <ScrollRegion label={t("events")}>
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t("events")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-700">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("time")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("actor")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("action")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("target")}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t("details")}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {t("origin")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-700">
                      <time dateTime={r.occurredAt.toISOString()}>
                        {format.dateTime(r.occurredAt, { dateStyle: "medium", timeStyle: "medium" })}
                      </time>
                    </td>
                    <td className="py-2 pr-3">{r.actorLabel}</td>
                    <td className="py-2 pr-3">
                      {actionLabel(r.action)}
                      <br />
                      <span className="font-mono text-xs text-slate-600">{r.action}</span>
                    </td>
                    <td className="py-2 pr-3 text-slate-700">
                      {r.targetType ? `${r.targetType}: ${r.targetLabel ?? r.targetId ?? ""}` : "—"}
                    </td>
                    <td className="py-2 pr-3 text-slate-700">{detailsText(r.details) || "—"}</td>
                    <td className="py-2 text-xs text-slate-600">
                      {r.ip ?? "—"}
                      {r.requestId ? (
                        <>
                          <br />
                          <span title={t("requestId")}>{r.requestId}</span>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label={t("pages")} className="mt-3 flex gap-2">
            {result.page > 1 ? (
              <Link
                href={`${base}${auditSearchQuery(search, { page: result.page - 1 })}`}
                className={buttonClass("secondary", "sm")}
              >
                {t("newer")}
              </Link>
            ) : null}
            {result.page < result.pageCount ? (
              <Link
                href={`${base}${auditSearchQuery(search, { page: result.page + 1 })}`}
                className={buttonClass("secondary", "sm")}
              >
                {t("older")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>

      <Card className="max-w-md">
        <h2 className="mb-2 font-semibold">{t("retention")}</h2>
        <RetentionForm
          orgSlug={ctx.orgSlug}
          days={retentionDays}
          min={AUDIT_RETENTION.minDays}
          max={AUDIT_RETENTION.maxDays}
        />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { AUDIT_ACTIONS, AUDIT_RETENTION } from "@/lib/audit/events";
import { auditSearchQuery, parseAuditSearch } from "@/lib/audit/filters";
import { getAuditRetentionDays, listAuditEvents } from "@/lib/data/audit";
import { pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { RetentionForm } from "./retention-form";

export const metadata: Metadata = { title: "Audit log" };

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600";

const TIME = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "UTC",
});

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
  const base = orgPath(ctx.orgSlug, "audit");
  const exportHref = `${base}/export${auditSearchQuery(search, { page: 1 })}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Audit log</h1>
          <p className="text-sm text-slate-700">
            Security-relevant events in {ctx.orgName}, newest first. Times are UTC.
          </p>
        </div>
        <a href={exportHref} className={buttonClass("secondary", "sm")} download>
          Download CSV
        </a>
      </div>

      <form
        method="get"
        action={base}
        aria-label="Audit log filters"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <div>
          <label htmlFor="actor" className="block text-sm font-medium text-slate-800">
            Actor
          </label>
          <input
            id="actor"
            name="actor"
            defaultValue={search.actor ?? ""}
            maxLength={200}
            placeholder="Name or email"
            className={CONTROL}
          />
        </div>
        <div>
          <label htmlFor="action" className="block text-sm font-medium text-slate-800">
            Action
          </label>
          <select id="action" name="action" defaultValue={search.action ?? ""} className={CONTROL}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={search.from ?? ""} className={CONTROL} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={search.to ?? ""} className={CONTROL} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary", "md")}>
            Apply filters
          </button>
          <Link href={base} className={buttonClass("secondary", "md")}>
            Clear
          </Link>
        </div>
      </form>

      {invalid.length > 0 ? (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Ignored an invalid filter: {invalid.join(", ")}.
        </p>
      ) : null}

      <Card>
        <p className="mb-2 text-sm text-slate-700" role="status">
          {result.total === 1 ? "1 event" : `${result.total} events`}
          {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
        </p>
        {result.rows.length === 0 ? (
          <p className="text-sm text-slate-700">No events match these filters.</p>
        ) : (
          <ScrollRegion label="Audit events">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Audit events</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-700">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Time (UTC)
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Actor
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Action
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Target
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Details
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    From
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-700">
                      <time dateTime={r.occurredAt.toISOString()}>{TIME.format(r.occurredAt)}</time>
                    </td>
                    <td className="py-2 pr-3">{r.actorLabel}</td>
                    <td className="py-2 pr-3 font-mono text-xs">{r.action}</td>
                    <td className="py-2 pr-3 text-slate-700">
                      {r.targetType ? `${r.targetType}: ${r.targetLabel ?? r.targetId ?? ""}` : "—"}
                    </td>
                    <td className="py-2 pr-3 text-slate-700">{detailsText(r.details) || "—"}</td>
                    <td className="py-2 text-xs text-slate-600">
                      {r.ip ?? "—"}
                      {r.requestId ? (
                        <>
                          <br />
                          <span title="Request id">{r.requestId}</span>
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
          <nav aria-label="Audit log pages" className="mt-3 flex gap-2">
            {result.page > 1 ? (
              <Link
                href={`${base}${auditSearchQuery(search, { page: result.page - 1 })}`}
                className={buttonClass("secondary", "sm")}
              >
                Newer
              </Link>
            ) : null}
            {result.page < result.pageCount ? (
              <Link
                href={`${base}${auditSearchQuery(search, { page: result.page + 1 })}`}
                className={buttonClass("secondary", "sm")}
              >
                Older
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>

      <Card className="max-w-md">
        <h2 className="mb-2 font-semibold">Retention</h2>
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

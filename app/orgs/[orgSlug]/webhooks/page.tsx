import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import {
  listWebhookDeliveries,
  listWebhookEndpoints,
  type TWebhookDelivery,
  type TWebhookEndpointSummary,
} from "@/lib/data/webhooks/endpoints";
import { pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { CreateWebhookForm, DeleteWebhookForm, RedeliverForm, WebhookEnabledForm } from "./webhook-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.webhooks");
  return { title: t("title") };
}

/** Slack URLs are credentials: show the host and the start of the path only. */
function displayUrl(ep: TWebhookEndpointSummary): string {
  if (ep.kind !== "SLACK") return ep.url;
  const u = new URL(ep.url);
  return `${u.origin}${u.pathname.slice(0, 16)}…`;
}

async function DeliveryLog({
  orgSlug,
  deliveries,
}: Readonly<{ orgSlug: string; deliveries: TWebhookDelivery[] }>) {
  const [t, format] = await Promise.all([getTranslations("admin.webhooks"), getFormatter()]);
  const time = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">{t("noDeliveries")}</p>;
  const headers = [t("event"), t("created"), t("status"), t("attempts"), t("lastAnswer"), ""];
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("recentDeliveries")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            {headers.map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => {
            const last = d.attemptLog[0];
            return (
              <tr
                key={d.id}
                className="border-b border-slate-100 align-top last:border-0"
                data-testid="delivery-row"
              >
                <td className="py-2 pr-3">
                  <code className="text-xs">{d.event.type}</code>
                  <div className="font-mono text-[11px] text-slate-500">{d.event.id}</div>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{time(d.createdAt)}</td>
                <td className="py-2 pr-3">
                  {d.status === "SUCCEEDED"
                    ? t("delivered")
                    : d.status === "FAILED"
                      ? t("gaveUp")
                      : d.attempts === 0
                        ? t("queued")
                        : t("retryingAt", { time: time(d.nextAttemptAt) })}
                </td>
                <td className="py-2 pr-3">{d.attempts}</td>
                <td className="py-2 pr-3">
                  {last ? (
                    <details>
                      <summary>
                        {last.statusCode ? `HTTP ${last.statusCode}` : (last.error ?? t("error"))} ·{" "}
                        {last.latencyMs} ms
                      </summary>
                      <ul className="mt-1 space-y-1 text-xs text-slate-700">
                        {d.attemptLog.map((a) => (
                          <li key={a.attempt}>
                            #{a.attempt} {time(a.attemptedAt)}: {a.ok ? t("ok") : t("failed")}{" "}
                            {a.statusCode ? `HTTP ${a.statusCode}` : a.error} ({a.latencyMs} ms)
                            {a.responseExcerpt ? (
                              <pre className="mt-0.5 max-w-md overflow-x-auto rounded bg-slate-50 p-1 whitespace-pre-wrap">
                                {a.responseExcerpt}
                              </pre>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-2">
                  {d.status === "PENDING" ? null : <RedeliverForm orgSlug={orgSlug} deliveryId={d.id} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Admins only: everyone else gets the same 404 as an unknown page. */
export default async function WebhooksPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug), orgPath(orgSlug, "webhooks"));
  const endpoints = await pageGuard(listWebhookEndpoints(ctx));
  const logs = await Promise.all(endpoints.map((e) => listWebhookDeliveries(ctx, e.id)));
  const t = await getTranslations("admin.webhooks");
  const events = WEBHOOK_EVENT_TYPES.map((type) => ({
    type,
    label: t(`eventLabels.${type.replaceAll(".", "_")}`),
  }));
  const code = (chunks: ReactNode) => <code className="rounded bg-slate-100 px-1">{chunks}</code>;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t.rich("intro", { code })}</p>
        <p className="mt-1 text-sm text-slate-700">
          {t.rich("jira", {
            link: (chunks) => (
              <Link
                className="font-medium text-brand-700 underline"
                href={orgPath(orgSlug, "settings", "jira")}
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      <section className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {endpoints.length === 0 ? (
            <Card>
              <p className="text-sm text-slate-600">{t("none")}</p>
            </Card>
          ) : null}
          {endpoints.map((ep, i) => (
            <Card key={ep.id}>
              <section aria-label={t("webhookLabel", { name: ep.name })} className="space-y-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 className="font-semibold">
                      {ep.name}{" "}
                      <span className="text-xs font-normal text-slate-600">
                        {ep.kind === "SLACK" ? "Slack" : t("signedJson")} ·{" "}
                        {ep.enabled ? (
                          t("enabled")
                        ) : (
                          <strong className="text-red-800">{t("disabled")}</strong>
                        )}
                      </span>
                    </h2>
                    <p className="font-mono text-xs break-all text-slate-700">{displayUrl(ep)}</p>
                    <p className="mt-1 text-xs text-slate-700">{ep.events.join(", ")}</p>
                    {ep.disabledReason ? (
                      <p className="mt-1 text-sm text-red-800">{ep.disabledReason}</p>
                    ) : null}
                    {ep.enabled && ep.consecutiveFailures > 0 ? (
                      <p className="mt-1 text-sm text-amber-800">
                        {t("consecutiveFailures", { count: ep.consecutiveFailures })}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex gap-2">
                    <WebhookEnabledForm
                      orgSlug={orgSlug}
                      endpointId={ep.id}
                      enabled={ep.enabled}
                      name={ep.name}
                    />
                    <DeleteWebhookForm orgSlug={orgSlug} endpointId={ep.id} name={ep.name} />
                  </div>
                </div>
                <h3 className="text-sm font-medium">{t("recentDeliveries")}</h3>
                <DeliveryLog orgSlug={orgSlug} deliveries={logs[i] ?? []} />
              </section>
            </Card>
          ))}
        </div>
        <Card>
          <h2 className="mb-3 font-semibold">{t("new")}</h2>
          <CreateWebhookForm orgSlug={orgSlug} events={events} />
        </Card>
      </section>
    </div>
  );
}

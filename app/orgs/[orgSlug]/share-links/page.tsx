import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageGuard, requireOrg } from "@/lib/authz";
import { RevokeShareLinkForm } from "@/components/share/share-forms";
import { Card } from "@/components/ui/card";
import { listShareLinks } from "@/lib/data/share-links";
import { formatDate } from "@/lib/format";
import { revokeShareLinkAction } from "./actions";

export const metadata: Metadata = { title: "Share links" };

/** Admins see every share link of the organization, team leads the links to their teams' results. */
export default async function ShareLinksPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "LEAD"));
  const [links, t] = await Promise.all([listShareLinks(ctx), getTranslations("share")]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("listTitle")}</h1>
        <p className="text-sm text-slate-700">{t("listIntro")}</p>
      </header>
      <Card className="overflow-x-auto">
        {links.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("listTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-700">
                {[
                  t("what"),
                  t("createdBy"),
                  t("expiresCol"),
                  t("passcodeCol"),
                  t("visits"),
                  t("lastVisit"),
                  "",
                ].map((h, i) => (
                  <th key={i} scope="col" className="py-2 pr-3 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-2 pr-3 font-medium">
                    {l.kind === "ORG_OVERVIEW" ? t("kindOverview") : t("kindResults")}
                    <span className="block text-xs font-normal text-slate-600">{l.label}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {l.createdBy}
                    <span className="block text-xs text-slate-600">{formatDate(l.createdAt)}</span>
                  </td>
                  <td className="py-2 pr-3">{formatDate(l.expiresAt)}</td>
                  <td className="py-2 pr-3">{l.hasPasscode ? t("yes") : t("no")}</td>
                  <td className="py-2 pr-3" data-testid={`visits-${l.id}`}>
                    {l.visitCount}
                  </td>
                  <td className="py-2 pr-3">{l.lastVisitAt ? formatDate(l.lastVisitAt) : t("never")}</td>
                  <td className="py-2">
                    {l.status === "active" ? (
                      <RevokeShareLinkForm
                        action={revokeShareLinkAction}
                        orgSlug={orgSlug}
                        linkId={l.id}
                        label={l.label}
                      />
                    ) : (
                      <span className="text-slate-600">
                        {l.status === "revoked" ? t("revoked") : t("expired")}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}

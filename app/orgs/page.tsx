import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TopBar } from "@/components/nav/top-bar";
import { Card } from "@/components/ui/card";
import { getUserSummary, listUserOrganizations } from "@/lib/data/users";
import { pageGuard, requireUserId } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { CreateOrgForm } from "./create-org-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.orgs");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function OrgsPage() {
  const userId = await pageGuard(requireUserId(), "/orgs");
  const [user, orgs, t, tc] = await Promise.all([
    getUserSummary(userId),
    listUserOrganizations(userId),
    getTranslations("admin.orgs"),
    getTranslations("common"),
  ]);
  if (!user) redirect("/sign-in");
  if (orgs.length === 1) redirect(orgPath(orgs[0]!.slug));
  return (
    <>
      <TopBar userName={user.name} />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm">
          <Link className="text-brand-700 underline" href="/account">
            {t("account")}
          </Link>
        </p>
        {orgs.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {orgs.map((org) => (
              <li key={org.slug}>
                <Link
                  href={orgPath(org.slug)}
                  className="flex items-center justify-between px-4 py-3 hover:bg-slate-50"
                >
                  <span className="font-medium">{org.name}</span>
                  <span className="text-sm text-slate-600">{tc(`roles.${org.role}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
        <Card>
          <h2 className="mb-3 font-semibold">{t("createTitle")}</h2>
          <CreateOrgForm />
        </Card>
      </main>
    </>
  );
}

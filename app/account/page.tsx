import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { accountHasPassword } from "@/lib/data/accounts/account";
import { getAccountSummary } from "@/lib/data/users";
import { pageGuard, requireUserId } from "@/lib/authz";
import { DeleteAccountForm, ResendVerificationForm } from "./account-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const userId = await pageGuard(requireUserId(), "/account");
  const [account, hasPassword, t] = await Promise.all([
    getAccountSummary(userId),
    accountHasPassword(userId),
    getTranslations("account"),
  ]);
  if (!account) return null;
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href="/orgs">
          {t("backToOrgs")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        <p>
          <span className="font-medium">{account.name}</span> · {account.email}{" "}
          {account.emailVerified ? (
            <span className="rounded bg-green-50 px-1.5 py-0.5 text-xs text-green-800">{t("confirmed")}</span>
          ) : (
            <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800">
              {t("notConfirmed")}
            </span>
          )}
        </p>
        {account.emailVerified ? null : (
          <div className="mt-3 text-sm text-slate-700">
            <p className="mb-2">{t("unconfirmedText")}</p>
            <ResendVerificationForm />
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold text-red-800">{t("deleteTitle")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("deleteText")}</p>
        {hasPassword ? <DeleteAccountForm /> : <p className="text-sm text-slate-700">{t("noPassword")}</p>}
      </Card>
    </main>
  );
}

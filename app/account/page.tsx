import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { accountHasPassword, NO_PASSWORD_MESSAGE } from "@/lib/data/accounts/account";
import { getAccountSummary } from "@/lib/data/users";
import { pageGuard, requireUserId } from "@/lib/authz";
import { DeleteAccountForm, ResendVerificationForm } from "./account-forms";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const userId = await pageGuard(requireUserId(), "/account");
  const [account, hasPassword] = await Promise.all([getAccountSummary(userId), accountHasPassword(userId)]);
  if (!account) return null;
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href="/orgs">
          ← Your organizations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Your account</h1>
      <Card>
        <p>
          <span className="font-medium">{account.name}</span> · {account.email}{" "}
          {account.emailVerified ? (
            <span className="rounded bg-green-50 px-1.5 py-0.5 text-xs text-green-800">confirmed</span>
          ) : (
            <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800">not confirmed</span>
          )}
        </p>
        {account.emailVerified ? null : (
          <div className="mt-3 text-sm text-slate-700">
            <p className="mb-2">
              Until you confirm your address, invitations mailed to it cannot be accepted and single sign-on
              cannot be linked to this account.
            </p>
            <ResendVerificationForm />
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold text-red-800">Delete your account</h2>
        <p className="mb-3 text-sm text-slate-700">
          Removes your name, email address, password and memberships. Answers and history you wrote in an
          organization stay there, shown as &quot;Former member&quot;. If you are the last admin of an
          organization, make someone else an admin (or delete the organization) first.
        </p>
        {hasPassword ? (
          <DeleteAccountForm />
        ) : (
          <p className="text-sm text-slate-700">{NO_PASSWORD_MESSAGE}</p>
        )}
      </Card>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { verifyEmail } from "@/lib/data/accounts/email-verification";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Opening the mailed link confirms the address (single use). */
export default async function VerifyEmailPage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const verified = token.length >= 20 && token.length <= 100 ? await verifyEmail(token) : null;
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {verified ? (
          <>
            <h1 className="text-xl font-semibold">Email address confirmed</h1>
            <p className="mt-2 text-slate-700">
              {verified.email} is confirmed. Invitations sent to it can now be accepted.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">This link does not work any more</h1>
            <p className="mt-2 text-slate-700">
              Confirmation links work once and for 48 hours. Sign in to have a new one sent.
            </p>
          </>
        )}
        <p className="mt-6 text-sm">
          <Link className="font-medium text-brand-700 underline" href="/orgs">
            Continue to Stepwise
          </Link>
        </p>
      </main>
    </div>
  );
}

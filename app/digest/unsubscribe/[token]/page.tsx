import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { unsubscribeDigest } from "@/lib/data/digests";

export const metadata: Metadata = {
  title: "Unsubscribed",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * The unsubscribe link of a digest: one click, no sign-in. The signed token (lib/digests/unsubscribe.ts)
 * names one member of one organization; opening the link turns that member's digest off (again and
 * again: it changes nothing the second time). A malformed or tampered token is a 404 and changes nothing.
 */
export default async function UnsubscribePage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const done = token.length <= 200 ? await unsubscribeDigest(token) : null;
  if (!done) notFound();
  const t = await getTranslations("digest");
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <main id="main" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t("unsubscribedTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("unsubscribedBody", { org: done.orgName })}</p>
      </main>
    </div>
  );
}

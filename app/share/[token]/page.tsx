import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { recordShareVisit, resolveShareLink } from "@/lib/data/share-links";
import { env } from "@/lib/env";
import { requestClientIp } from "@/lib/security/client-ip";
import { grantCookieName, verifyGrant } from "@/lib/share/grant";
import { PasscodeForm } from "./passcode-form";
import { SharedOverview } from "./shared-overview";
import { SharedResults } from "./shared-results";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("share");
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

/**
 * A shared, read-only report: anyone with the link (signed in or not) sees one team's submitted results
 * or the org overview, nothing else (no navigation, no links into the app). Unknown, expired, revoked
 * and rate-limited tokens all get the same 404 page.
 */
export default async function SharedReportPage({
  params,
  searchParams,
}: Readonly<{
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}>) {
  const { token } = await params;
  const link = await resolveShareLink(token, requestClientIp(await headers()));
  if (!link) notFound();
  const [t, format] = await Promise.all([getTranslations("share"), getFormatter()]);
  if (link.passcodeTag) {
    const grant = (await cookies()).get(grantCookieName(link.id))?.value;
    if (!verifyGrant(env().NEXTAUTH_SECRET, link.id, link.passcodeTag, grant)) {
      return (
        <Shell orgName={link.orgName} note={t("protectedNote")}>
          <PasscodeForm token={token} />
        </Shell>
      );
    }
  }
  await recordShareVisit(link.id);
  return (
    <Shell
      orgName={link.orgName}
      note={t("sharedNote", { date: format.dateTime(link.expiresAt, { dateStyle: "medium" }) })}
    >
      {link.kind === "TEAM_RESULTS" ? (
        <SharedResults link={link} />
      ) : (
        <SharedOverview link={link} token={token} searchParams={await searchParams} />
      )}
    </Shell>
  );
}

async function Shell({
  orgName,
  note,
  children,
}: Readonly<{ orgName: string; note: string; children: React.ReactNode }>) {
  const t = await getTranslations("share");
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-8">
      <header className="border-b border-slate-200 pb-3">
        <p className="text-sm font-semibold text-brand-700">Stepwise · {t("readOnly")}</p>
        <p className="text-sm text-slate-700">
          {orgName} · {note}
        </p>
      </header>
      {children}
    </main>
  );
}

"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { orgPath, teamPath } from "@/lib/paths";

type TBack = "org" | "team";

/**
 * What a segment's not-found.tsx shows. It never says whether the thing exists elsewhere (a foreign id
 * and a missing one look the same) and links back to the nearest page the caller can see.
 */
export function NotFoundPanel({ title, back = "org" }: Readonly<{ title: string; back?: TBack }>) {
  const t = useTranslations("ui");
  const params = useParams<{ orgSlug?: string; teamId?: string }>();
  const link =
    back === "team" && params.orgSlug && params.teamId
      ? { href: teamPath(params.orgSlug, params.teamId), label: t("backToTeam") }
      : params.orgSlug
        ? { href: orgPath(params.orgSlug), label: t("backToOverview") }
        : { href: "/orgs", label: t("backToOrgs") };
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundText")}</p>
      <Link href={link.href} className="mt-4 inline-block font-medium text-brand-700 underline">
        {link.label}
      </Link>
    </div>
  );
}

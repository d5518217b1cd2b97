"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { orgPath } from "@/lib/paths";

export function OrgNav({
  orgSlug,
  orgName,
  isAdmin,
}: Readonly<{ orgSlug: string; orgName: string; isAdmin: boolean }>) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const base = orgPath(orgSlug);
  const links = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/trends`, label: t("trends") },
    { href: `${base}/teams`, label: t("teams") },
    { href: `${base}/campaigns`, label: t("campaigns") },
    { href: `${base}/workshops`, label: t("workshops") },
    { href: `${base}/models`, label: t("model") },
    { href: `${base}/members`, label: isAdmin ? t("membersAndInvites") : t("members") },
    { href: `${base}/api-tokens`, label: t("api") },
    { href: `${base}/digest`, label: t("digest") },
    ...(isAdmin ? [{ href: `${base}/webhooks`, label: t("webhooks") }] : []),
  ];
  return (
    <nav aria-label={t("orgNavigation", { org: orgName })} className="flex flex-wrap items-center gap-1">
      <span className="mr-2 hidden truncate text-sm font-semibold text-slate-900 md:inline">{orgName}</span>
      {links.map((link) => {
        const isActive = link.exact ? pathname === link.href : pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={isActive ? "page" : undefined}
            className={clsx(
              "rounded-md px-3 py-1.5 text-sm font-medium",
              isActive ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}

"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { orgPath, teamPath } from "@/lib/paths";

/** The not-found panel's way back: the team, else the organization's overview, else the organizations. */
export function NotFoundBackLink({
  back,
  labels,
}: Readonly<{ back: "org" | "team"; labels: { team: string; overview: string; orgs: string } }>) {
  const params = useParams<{ orgSlug?: string; teamId?: string }>();
  const link =
    back === "team" && params.orgSlug && params.teamId
      ? { href: teamPath(params.orgSlug, params.teamId), label: labels.team }
      : params.orgSlug
        ? { href: orgPath(params.orgSlug), label: labels.overview }
        : { href: "/orgs", label: labels.orgs };
  return (
    <Link href={link.href} className="mt-4 inline-block font-medium text-brand-700 underline">
      {link.label}
    </Link>
  );
}

import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";
import { DeleteOrgForm } from "./delete-org-form";

export const metadata: Metadata = { title: "Organization data" };

export default async function OrgDataPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug, "ADMIN"));
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Organization data</h1>
      <Card>
        <h2 className="mb-2 font-semibold">Export</h2>
        <p className="mb-3 text-sm text-slate-700">
          One JSON file with the members, teams, the organization&apos;s own models, every assessment with its
          answers and scores, journeys with their history, plans and workshop summaries. It holds no
          passwords, tokens or secrets.
        </p>
        <a className={buttonClass("secondary")} href={orgPath(ctx.orgSlug, "data", "export")} download>
          Download all data (JSON)
        </a>
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold text-red-800">Delete {ctx.orgName}</h2>
        <p className="mb-3 text-sm text-slate-700">
          Deletes the organization with all its teams, assessments, journeys, plans, workshops, invites and
          audit log, at once and for good. Export first if you may need anything. People keep their accounts.
        </p>
        <DeleteOrgForm orgSlug={ctx.orgSlug} />
      </Card>
    </div>
  );
}

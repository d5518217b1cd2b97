import type { ReactNode } from "react";
import { OrgNav } from "@/components/nav/org-nav";
import { TopBar } from "@/components/nav/top-bar";
import { getUserSummary } from "@/lib/data/users";
import { hasRole, pageGuard, requireOrg } from "@/lib/authz";
import { orgPath } from "@/lib/paths";

export default async function OrgLayout({
  children,
  params,
}: Readonly<{ children: ReactNode; params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug), orgPath(orgSlug));
  const user = await getUserSummary(ctx.userId);
  return (
    <>
      <TopBar userName={user?.name ?? ""}>
        <OrgNav orgSlug={ctx.orgSlug} orgName={ctx.orgName} isAdmin={hasRole(ctx.role, "ADMIN")} />
      </TopBar>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listModels } from "@/lib/data/models";
import { pageGuard } from "@/lib/page-guard";
import { requireOrg } from "@/lib/session";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ params }: Readonly<{ params: Promise<{ orgSlug: string }> }>) {
  const { orgSlug } = await params;
  const ctx = await pageGuard(requireOrg(orgSlug));
  const models = await listModels(ctx);
  if (models.length === 1) redirect(`/orgs/${orgSlug}/models/${models[0]!.key}/${models[0]!.version}`);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">Maturity models</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {models.map((m) => (
          <li key={m.id}>
            <Link href={`/orgs/${orgSlug}/models/${m.key}/${m.version}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
              <span className="font-semibold">{m.title}</span> <span className="text-sm text-slate-600">v{m.version}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

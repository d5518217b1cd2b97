import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "./api-reference";

export const metadata: Metadata = { title: "API reference" };

/** The /api/v1 reference, rendered from /api/v1/openapi.json; the renderer loads on this page only. */
export default function ApiReferencePage() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <header className="mb-4 space-y-1">
        <h1 className="text-2xl font-semibold">Stepwise API reference</h1>
        <p className="text-sm text-slate-700">
          Create a token under <em>API</em> in your organization, then send it as{" "}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer swp_…</code>. The machine-readable
          document is{" "}
          <a className="underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1).{" "}
          <Link className="underline" href="/orgs">
            Back to Stepwise
          </Link>
        </p>
      </header>
      <ApiReference specUrl="/api/v1/openapi.json" />
    </main>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <Link href="/orgs" className="mt-4 inline-block font-medium text-brand-700 underline">
        Back to your organizations
      </Link>
    </div>
  );
}

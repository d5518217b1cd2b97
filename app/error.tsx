"use client";

export default function RootError({
  reset,
}: Readonly<{ error: Error & { digest?: string }; reset: () => void }>) {
  return (
    <main id="main" role="alert" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">Nothing you saved was lost. Try again, or reload the page.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white"
      >
        Try again
      </button>
    </main>
  );
}

"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function RootError(
  props: Readonly<{ error: Error & { digest?: string }; reset: () => void }>,
) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-4">
      <ErrorPanel {...props} />
    </main>
  );
}

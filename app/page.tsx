import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { getSessionUserId } from "@/lib/auth";

const STEPS = [
  { title: "Know where you stand", text: "Answer a short questionnaire per aspect of the CNCF Platform Engineering Maturity Model. Every level comes with the answers that led to it." },
  { title: "See the whole organization", text: "Radar charts per team and views across teams show where platform work pays off and where it lags." },
  { title: "Plan baby steps", text: "Turn the gap to the next level into small, owned actions, then reassess and iterate." },
];

export const dynamic = "force-dynamic";

export default async function HomePage() {
  if (await getSessionUserId()) redirect("/orgs");
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Stepwise</p>
      <h1 className="mt-2 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
        Platform maturity you can explain, and the next small step to take.
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">
        Assess your platform teams against the CNCF Platform Engineering Maturity Model: five aspects, four levels, no single score to game.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>Sign in</Link>
        <Link href="/sign-up" className={buttonClass("secondary")}>Create an account</Link>
      </div>
      <ol className="mt-14 grid gap-6 sm:grid-cols-3">
        {STEPS.map((step, i) => (
          <li key={step.title} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-sm font-semibold text-brand-700">Step {i + 1}</p>
            <h2 className="mt-1 font-semibold">{step.title}</h2>
            <p className="mt-2 text-sm text-slate-700">{step.text}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}

import { getTranslations } from "next-intl/server";
import type { TMaturityModel } from "@/lib/model/schema";

/** A model without level descriptions (imported from a question file): its aspects and questions. */
export async function QuestionsList({ model }: Readonly<{ model: TMaturityModel }>) {
  const t = await getTranslations("models");
  return (
    <section aria-labelledby="questions-heading" className="space-y-4">
      <p id="questions-heading" className="max-w-3xl text-sm text-slate-700">
        {t("questionsOnly")}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {model.aspects.map((aspect) => (
          <section
            key={aspect.id}
            aria-labelledby={`aspect-${aspect.id}`}
            className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id={`aspect-${aspect.id}`} className="font-semibold">
              {aspect.name}{" "}
              <span className="text-sm font-normal text-slate-600">
                · {t("questionCount", { count: aspect.questions.length })}
              </span>
            </h2>
            <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm text-slate-800">
              {aspect.questions.map((q) => (
                <li key={q.id}>
                  {q.prompt}
                  <span className="block text-xs text-slate-600">
                    {q.options.map((o) => `${o.level} ${o.label}`).join(" · ")}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}

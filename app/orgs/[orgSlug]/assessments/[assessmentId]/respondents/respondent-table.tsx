import { useFormatter, useTranslations } from "next-intl";
import { removeRespondentAction } from "./actions";
import { ActionButton } from "@/components/respondents/action-button";

type TRespondent = Readonly<{
  userId: string;
  name: string;
  email: string;
  answered: number;
  finishedAt: Date | null;
}>;
type TProps = Readonly<{
  orgSlug: string;
  assessmentId: string;
  total: number;
  respondents: readonly TRespondent[];
  canRemove: boolean;
}>;

/** Who is answering and how far they got: counts only, never their answers. */
export function RespondentTable({ orgSlug, assessmentId, total, respondents, canRemove }: TProps) {
  const t = useTranslations("respondents");
  const format = useFormatter();
  const statusText = (r: TRespondent) =>
    t(r.finishedAt ? "table.finished" : r.answered > 0 ? "table.answering" : "table.notStarted");
  if (respondents.length === 0) return <p className="text-sm text-slate-700">{t("table.none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("table.respondent")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("table.answered")}
            </th>
            <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
              {t("table.status")}
            </th>
            {canRemove ? (
              <th scope="col" className="py-2 pl-3 font-medium">
                <span className="sr-only">{t("table.actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {respondents.map((r) => (
            <tr key={r.userId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {r.name}
                <span className="hidden text-xs font-normal text-slate-600 sm:block">{r.email}</span>
              </th>
              <td className="px-3 py-2">
                <span className="whitespace-nowrap font-mono tabular-nums">
                  {r.answered} / {total}
                </span>
                <span aria-hidden="true" className="mt-1 block h-1.5 w-20 rounded-full bg-slate-200">
                  <span
                    className="block h-1.5 rounded-full bg-brand-600"
                    style={{ width: `${total ? Math.round((r.answered / total) * 100) : 0}%` }}
                  />
                </span>
                <span className="mt-1 block text-xs text-slate-700 sm:hidden">{statusText(r)}</span>
              </td>
              <td className="hidden px-3 py-2 sm:table-cell">
                {r.finishedAt ? (
                  <span className="text-green-800">
                    {t("table.finished")}{" "}
                    <span className="block text-xs text-slate-600">
                      {format.dateTime(r.finishedAt, { dateStyle: "medium" })}
                    </span>
                  </span>
                ) : (
                  statusText(r)
                )}
              </td>
              {canRemove ? (
                <td className="py-2 pl-3 text-right">
                  <ActionButton
                    action={removeRespondentAction}
                    fields={{ orgSlug, assessmentId, userId: r.userId }}
                    label={t("table.remove")}
                    pendingLabel={t("table.removing")}
                    variant="ghost"
                    size="sm"
                    ariaLabel={t("table.removeLabel", { name: r.name })}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

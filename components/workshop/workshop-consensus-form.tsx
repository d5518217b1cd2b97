"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TPublicState } from "@/lib/workshops/public-state";

const NOT_SURE = "not-sure";

/** Records the group's answer for the revealed question; proposes the median. */
export function WorkshopConsensusForm({
  state,
  isBusy,
  onRecord,
}: Readonly<{
  state: TPublicState;
  isBusy: boolean;
  onRecord: (consensus: { level: number | null; notSure: boolean; notes: string }) => void;
}>) {
  const t = useTranslations("workshops");
  const proposed = state.consensus?.notSure
    ? NOT_SURE
    : String(state.consensus?.level ?? state.result?.summary.median ?? "");
  const [choice, setChoice] = useState(proposed);
  const [notes, setNotes] = useState(state.consensus?.notes ?? "");
  const question = state.question;
  if (!question) return null;
  const levelName = (level: number) => state.levels.find((l) => l.level === level)?.name ?? "";
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        onRecord(
          choice === NOT_SURE
            ? { level: null, notSure: true, notes }
            : { level: Number(choice), notSure: false, notes },
        );
      }}
    >
      <label className="block text-sm font-medium text-slate-800">
        {t("consensusForm.label")}
        <select
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          required
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="" disabled>
            {t("consensusForm.choose")}
          </option>
          {question.options.map((o) => (
            <option key={o.level} value={String(o.level)}>
              {t("consensusForm.option", { level: o.level, name: levelName(o.level), label: o.label })}
            </option>
          ))}
          <option value={NOT_SURE}>{t("notSure")}</option>
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-800">
        {t("consensusForm.notes")}
        <textarea
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          rows={2}
          maxLength={2000}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </label>
      <Button type="submit" disabled={isBusy || choice === ""}>
        {state.consensus ? t("consensusForm.update") : t("consensusForm.record")}
      </Button>
    </form>
  );
}

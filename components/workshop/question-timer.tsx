"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { timerRemainingSeconds } from "@/lib/workshops/timer";

/** Time left on the current question, from the server's start time corrected by the clock offset. */
export function QuestionTimer({
  startedAt,
  seconds,
  clockOffsetMs,
}: Readonly<{ startedAt: string | null; seconds: number | null; clockOffsetMs: number }>) {
  const t = useTranslations("workshops");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  const left = timerRemainingSeconds(startedAt ? Date.parse(startedAt) : null, seconds, now + clockOffsetMs);
  if (left === null) return null;
  const text =
    left === 0
      ? t("timer.up")
      : t("timer.left", { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}` });
  return (
    <span
      className={left === 0 ? "font-semibold text-red-700" : "tabular-nums text-slate-700"}
      aria-live={left === 0 ? "polite" : "off"}
    >
      {text}
    </span>
  );
}

export type TAnswerState = Readonly<{
  level: number | null;
  notSure: boolean;
  notes: string;
  evidenceUrl: string;
}>;
export type TSaveStatus = Readonly<{
  state: "idle" | "saving" | "saved" | "retrying" | "error";
  message?: string;
}>;

export const EMPTY_ANSWER: TAnswerState = { level: null, notSure: false, notes: "", evidenceUrl: "" };

export const isAnswered = (a: TAnswerState | undefined) => Boolean(a && (a.level !== null || a.notSure));

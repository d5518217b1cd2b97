/**
 * A live workshop in the reader's language. The public state (lib/workshops/public-state.ts) is one
 * document broadcast to everyone, with the model's texts in the model's source language; each page
 * sends its reader the model's texts in their language once (`liveModelText`), and the screens swap
 * them into every state they receive (`localizeLiveState`). Ids, levels and votes are untouched. Pure.
 */
import type { TMaturityModel } from "@/lib/model/schema";
import type { TPublicState } from "./public-state";
import { workshopQuestions, type TWorkshopQuestion } from "./questions";

export type TLiveModelText = Readonly<{
  modelTitle: string;
  levels: ReadonlyArray<Readonly<{ level: number; name: string }>>;
  questions: readonly TWorkshopQuestion[];
}>;

/** The texts of `localized` (lib/model/localize.ts), or null when it is `source` itself (nothing translated). */
export function liveModelText(source: TMaturityModel, localized: TMaturityModel): TLiveModelText | null {
  if (localized === source) return null;
  return {
    modelTitle: localized.title,
    levels: localized.levels.map((l) => ({ level: l.level, name: l.name })),
    questions: workshopQuestions(localized),
  };
}

/** `state` with the model's texts from `text`; a question whose id does not match stays as it came. */
export function localizeLiveState(state: TPublicState, text: TLiveModelText | null): TPublicState {
  if (!text) return state;
  const current = state.question;
  const translated = current ? text.questions[current.index] : undefined;
  return {
    ...state,
    modelTitle: text.modelTitle,
    levels: state.levels.map((l) => text.levels.find((t) => t.level === l.level) ?? l),
    question: current && translated?.id === current.id ? translated : current,
  };
}

/**
 * Text that lib/ produces for people (why a level was given, why a question is worth discussing) as
 * message descriptors: a key of the "explanations" catalogue (messages/<locale>/explanations.json) and
 * the values for its ICU placeholders. lib stays pure and language-free; pages, mails and the PDF
 * render a descriptor at the edge with a translator of the reader's language (i18n/render.ts).
 * Numbers stay numbers so each language formats them ("2.50" in English, "2,50" in German).
 */
import type explanations from "@/messages/en/explanations.json";

/** "a.b" for every leaf string of a nested catalogue object. */
type TLeafKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${TLeafKeys<T[K]>}`;
}[keyof T & string];

export type TExplanationKey = TLeafKeys<typeof explanations>;

export type TMessageValues = Readonly<Record<string, string | number>>;

/** One sentence (or phrase) to show: render with `renderMessage(t, descriptor)` (i18n/render.ts). */
export type TMessage = Readonly<{ key: TExplanationKey; values: TMessageValues }>;

export const message = (key: TExplanationKey, values: TMessageValues = {}): TMessage => ({ key, values });

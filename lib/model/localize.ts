/**
 * Shows a model in one language: every string comes from `translations[locale]` when that string is
 * translated and stays English otherwise (fallback per string, not per model). Pure; the result has
 * the same TMaturityModel shape, so pages, scoring and charts need no change.
 */
import type { TAspect, TCell, TMaturityModel, TQuestion } from "./schema";
import type { TModelText } from "./translations";

type TAspectText = NonNullable<TModelText["aspects"]>[string];
type TCellText = NonNullable<TAspectText["cells"]>[string];
type TQuestionText = NonNullable<TAspectText["questions"]>[string];

/**
 * Languages the model has content in: its source language (English unless imported otherwise) first,
 * then every translation with a title or aspect text (level names alone do not count).
 */
export function modelLanguages(model: TMaturityModel): string[] {
  const source = model.interop?.pemm.language ?? "en";
  const translated = Object.entries(model.translations ?? {}).filter(
    ([l, t]) => l !== source && (t.title || t.aspects),
  );
  return [source, ...translated.map(([l]) => l)];
}

/**
 * The translation to use for `locale`: exact tag first (pt-BR), then its language (es-MX → es), then
 * another region of that language (pt → pt-BR).
 */
function textFor(model: TMaturityModel, locale: string): TModelText | undefined {
  const all = model.translations ?? {};
  const language = locale.split("-")[0]!;
  return (
    all[locale] ?? all[language] ?? Object.entries(all).find(([tag]) => tag.split("-")[0] === language)?.[1]
  );
}

/** `model` with every translated string of `locale` swapped in; untranslated strings stay English. */
export function localizeModel(model: TMaturityModel, locale: string): TMaturityModel {
  const text = textFor(model, locale);
  if (!text) return model;
  return {
    ...model,
    title: text.title ?? model.title,
    summary: text.summary ?? model.summary,
    levels: model.levels.map((l) => {
      const t = text.levels?.[String(l.level)];
      return {
        ...l,
        name: t?.name ?? l.name,
        ...(l.summary || t?.summary ? { summary: t?.summary ?? l.summary } : {}),
      };
    }),
    aspects: model.aspects.map((a) => localizeAspect(a, text.aspects?.[a.id])),
  };
}

function localizeAspect(aspect: TAspect, t: TAspectText | undefined): TAspect {
  if (!t) return aspect;
  return {
    ...aspect,
    name: t.name ?? aspect.name,
    question: t.question ?? aspect.question,
    summary: t.summary ?? aspect.summary,
    cells: aspect.cells.map((c) => localizeCell(c, t.cells?.[String(c.level)])),
    questions: aspect.questions.map((q) => localizeQuestion(q, t.questions?.[q.id])),
  };
}

function localizeCell(cell: TCell, t: TCellText | undefined): TCell {
  if (!t) return cell;
  return {
    ...cell,
    tagline: t.tagline ?? cell.tagline,
    description: t.description ?? cell.description,
    characteristics: mergeList(cell.characteristics, t.characteristics),
    examples: mergeList(cell.examples, t.examples),
    suggestedSteps: mergeList(cell.suggestedSteps, t.suggestedSteps),
  };
}

function localizeQuestion(question: TQuestion, t: TQuestionText | undefined): TQuestion {
  if (!t) return question;
  const help = t.help ?? question.help;
  return {
    ...question,
    prompt: t.prompt ?? question.prompt,
    ...(help ? { help } : {}),
    options: question.options.map((o) => {
      const ot = t.options?.[String(o.level)];
      const description = ot?.description ?? o.description;
      return { ...o, label: ot?.label ?? o.label, ...(description ? { description } : {}) };
    }),
  };
}

/** Lists translate item by item; a shorter translation leaves the remaining items in English. */
function mergeList(english: readonly string[], translated: readonly string[] | undefined): string[] {
  return english.map((item, i) => translated?.[i] ?? item);
}

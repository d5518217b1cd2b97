/**
 * Aspect scoring: the mean of the answered option levels of each aspect, mapped to the nearest model
 * level (ties go down). Pure and total: no I/O, no clock, and odd input (unknown question ids, levels
 * that are not options) is ignored rather than thrown on, so a stored answer can never break a page.
 */
import { message, type TMessage } from "@/lib/i18n/message";
import type { TAspect, TMaturityModel, TQuestion } from "@/lib/model/schema";

export type TAnswerInput = Readonly<{ questionId: string; level: number | null; notSure: boolean }>;

export type TQuestionOutcome = Readonly<{
  questionId: string;
  prompt: string;
  status: "answered" | "not-sure" | "unanswered";
  level: number | null;
  optionLabel: string | null;
}>;

export type TNextLevel = Readonly<{ level: number; name: string; meanNeeded: number }>;

export type TAspectScore = Readonly<{
  aspectId: string;
  aspectName: string;
  score: number | null;
  level: number | null;
  levelName: string | null;
  answered: number;
  notSure: number;
  unanswered: number;
  total: number;
  isLowConfidence: boolean;
  outcomes: TQuestionOutcome[];
  /** Why this level, one sentence per fact: message descriptors of the "explanations" catalogue. */
  explanation: TMessage[];
  nextLevel: TNextLevel | null;
}>;

export type TAssessmentScore = Readonly<{ aspects: TAspectScore[]; answered: number; total: number }>;

/** What the explanation needs to know about one aspect; `hundredths` is the rounded mean × 100. */
type TFacts = Readonly<{
  levels: number[];
  sum: number;
  hundredths: number;
  level: number;
  notSure: number;
  unanswered: number;
  total: number;
  isLowConfidence: boolean;
  nextLevel: TNextLevel | null;
}>;

/**
 * The model level nearest to the mean `sum / count`; a mean exactly halfway between two levels goes
 * to the lower one. Integer arithmetic (smallest L with 2·sum ≤ count·(2L+1)) so 2.5 can never drift
 * to 3 through float error. Clamped to [1, maxLevel].
 */
export function levelForMean(sum: number, count: number, maxLevel: number): number {
  for (let level = 1; level < maxLevel; level += 1) {
    if (2 * sum <= count * (2 * level + 1)) return level;
  }
  return Math.max(1, maxLevel);
}

/**
 * Scores every aspect of `model` from `answers`. There is deliberately no overall level: the model
 * assesses aspects one at a time, so the totals are plain counts. If several answers share a question
 * id the last one wins; it is then checked against the question's options.
 */
export function scoreAssessment(model: TMaturityModel, answers: readonly TAnswerInput[]): TAssessmentScore {
  const byQuestion = new Map<string, TAnswerInput>();
  for (const answer of answers) byQuestion.set(answer.questionId, answer);

  const aspects = model.aspects.map((aspect) => scoreAspect(model, aspect, byQuestion));
  return {
    aspects,
    answered: aspects.reduce((n, a) => n + a.answered, 0),
    total: aspects.reduce((n, a) => n + a.total, 0),
  };
}

function scoreAspect(
  model: TMaturityModel,
  aspect: TAspect,
  byQuestion: ReadonlyMap<string, TAnswerInput>,
): TAspectScore {
  const outcomes = aspect.questions.map((question) => outcomeFor(question, byQuestion.get(question.id)));
  const levels = outcomes.flatMap((o) => (o.level === null ? [] : [o.level]));
  const counts = {
    answered: levels.length,
    notSure: outcomes.filter((o) => o.status === "not-sure").length,
    unanswered: outcomes.filter((o) => o.status === "unanswered").length,
    total: outcomes.length,
  };
  const base = { aspectId: aspect.id, aspectName: aspect.name, ...counts, outcomes };
  if (levels.length === 0) {
    return {
      ...base,
      score: null,
      level: null,
      levelName: null,
      isLowConfidence: false,
      nextLevel: null,
      explanation: [notAssessedSentence(counts.notSure)],
    };
  }

  const maxLevel = model.levels.length;
  const sum = levels.reduce((s, l) => s + l, 0);
  const hundredths = Math.round((sum * 100) / levels.length);
  const level = levelForMean(sum, levels.length, maxLevel);
  const nextLevel =
    level >= maxLevel ? null : { level: level + 1, name: nameOf(model, level + 1), meanNeeded: level + 0.5 };
  const isLowConfidence = counts.answered * 2 < counts.total;
  const facts: TFacts = {
    levels,
    sum,
    hundredths,
    level,
    notSure: counts.notSure,
    unanswered: counts.unanswered,
    total: counts.total,
    isLowConfidence,
    nextLevel,
  };
  return {
    ...base,
    score: hundredths / 100,
    level,
    levelName: nameOf(model, level),
    isLowConfidence,
    nextLevel,
    explanation: explain(model, facts),
  };
}

function outcomeFor(question: TQuestion, answer: TAnswerInput | undefined): TQuestionOutcome {
  const base = { questionId: question.id, prompt: question.prompt };
  if (answer?.notSure === true) return { ...base, status: "not-sure", level: null, optionLabel: null };
  const option = answer?.level == null ? undefined : question.options.find((o) => o.level === answer.level);
  if (!option) return { ...base, status: "unanswered", level: null, optionLabel: null };
  return { ...base, status: "answered", level: option.level, optionLabel: option.label };
}

function explain(model: TMaturityModel, facts: TFacts): TMessage[] {
  const { levels, hundredths, notSure, unanswered, nextLevel } = facts;
  const terms = levels.length > 1 ? `(${levels.join(" + ")})` : levels.join("");
  const sentences = [
    message("score.mean", { count: levels.length, terms, mean: hundredths / 100 }),
    nearestSentence(model, facts),
  ];
  if (notSure > 0) sentences.push(message("score.notSureLeftOut", { count: notSure }));
  if (unanswered > 0) sentences.push(message("score.unansweredLeftOut", { count: unanswered }));
  if (facts.isLowConfidence) {
    sentences.push(message("score.lowConfidence", { answered: levels.length, total: facts.total }));
  }
  sentences.push(
    nextLevel
      ? message("score.nextLevel", {
          levelName: nextLevel.name,
          level: nextLevel.level,
          meanNeeded: nextLevel.meanNeeded,
        })
      : message("score.topLevel", { levelName: nameOf(model, facts.level), level: facts.level }),
  );
  return sentences;
}

function nearestSentence(model: TMaturityModel, { sum, levels, hundredths, level }: TFacts): TMessage {
  const values = { mean: hundredths / 100, levelName: nameOf(model, level), level };
  const isExactlyHalfway = (2 * sum) % levels.length === 0 && ((2 * sum) / levels.length) % 2 === 1;
  if (isExactlyHalfway) return message("score.nearestHalfway", values);
  // With many answers the rounded mean can print as "x.50" without being halfway; say which side it is
  // on so the sentence never seems to contradict the tie rule.
  if (hundredths % 50 === 0 && hundredths % 100 !== 0) {
    return message(
      sum * 100 > hundredths * levels.length ? "score.nearestAbove" : "score.nearestBelow",
      values,
    );
  }
  return message("score.nearest", values);
}

function notAssessedSentence(notSure: number): TMessage {
  return notSure > 0 ? message("score.notAssessedNotSure", { count: notSure }) : message("score.notAssessed");
}

function nameOf(model: TMaturityModel, level: number): string {
  return model.levels.find((l) => l.level === level)?.name ?? `Level ${level}`;
}

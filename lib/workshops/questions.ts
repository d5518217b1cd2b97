/** The order a workshop steps through a model's questions: aspect by aspect, in model order. Pure. */
import type { TMaturityModel } from "@/lib/model/schema";

export type TWorkshopQuestion = Readonly<{
  index: number;
  id: string;
  aspectId: string;
  aspectName: string;
  prompt: string;
  help: string | null;
  options: ReadonlyArray<Readonly<{ level: number; label: string; description: string | null }>>;
}>;

// Parsed models are immutable and cached per process, so their question list can be too.
const memo = new WeakMap<TMaturityModel, readonly TWorkshopQuestion[]>();

/** Every question of the model, numbered from 0 in the order the facilitator steps through them. */
export function workshopQuestions(model: TMaturityModel): readonly TWorkshopQuestion[] {
  let list = memo.get(model);
  if (!list) memo.set(model, (list = buildQuestions(model)));
  return list;
}

function buildQuestions(model: TMaturityModel): TWorkshopQuestion[] {
  return model.aspects
    .flatMap((aspect) => aspect.questions)
    .map((question, index) => {
      const aspect = model.aspects.find((a) => a.questions.includes(question))!;
      return {
        index,
        id: question.id,
        aspectId: aspect.id,
        aspectName: aspect.name,
        prompt: question.prompt,
        help: question.help ?? null,
        options: [...question.options]
          .sort((a, b) => a.level - b.level)
          .map((o) => ({ level: o.level, label: o.label, description: o.description ?? null })),
      };
    });
}

/** True if `level` is one of the question's option levels (null = "not sure" is always allowed). */
export function isValidVoteLevel(question: TWorkshopQuestion, level: number | null): boolean {
  return level === null || question.options.some((o) => o.level === level);
}

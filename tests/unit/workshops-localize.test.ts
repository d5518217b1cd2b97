import { describe, expect, it } from "vitest";
import type { TMaturityModel } from "@/lib/model/schema";
import { liveModelText, localizeLiveState } from "@/lib/workshops/localize";
import type { TPublicState } from "@/lib/workshops/public-state";
import { workshopQuestions } from "@/lib/workshops/questions";

const model = {
  key: "m",
  version: 1,
  title: "Model",
  levels: [
    { level: 1, name: "One" },
    { level: 2, name: "Two" },
  ],
  aspects: [
    {
      id: "a",
      name: "Aspect",
      cells: [],
      questions: [
        {
          id: "q1",
          prompt: "First?",
          options: [
            { level: 1, label: "No" },
            { level: 2, label: "Yes" },
          ],
        },
        { id: "q2", prompt: "Second?", options: [{ level: 1, label: "No" }] },
      ],
    },
  ],
} as unknown as TMaturityModel;

const german = {
  ...model,
  title: "Modell",
  levels: [
    { level: 1, name: "Eins" },
    { level: 2, name: "Zwei" },
  ],
  aspects: [
    {
      ...model.aspects[0]!,
      name: "Aspekt",
      questions: [
        { ...model.aspects[0]!.questions[0]!, prompt: "Erste?" },
        { ...model.aspects[0]!.questions[1]!, prompt: "Zweite?" },
      ],
    },
  ],
} as unknown as TMaturityModel;

const state = (index: number, question = workshopQuestions(model)[index] ?? null) =>
  ({
    modelTitle: "Model",
    levels: model.levels.map((l) => ({ level: l.level, name: l.name })),
    questionIndex: index,
    question,
  }) as unknown as TPublicState;

describe("live workshop texts in the reader's language", () => {
  it("sends nothing when the model has no translation for the reader", () => {
    expect(liveModelText(model, model)).toBeNull();
    const s = state(0);
    expect(localizeLiveState(s, null)).toBe(s);
  });

  it("swaps the model title, level names and the current question's texts, keeping ids and levels", () => {
    const text = liveModelText(model, german);
    const out = localizeLiveState(state(1), text);
    expect(out.modelTitle).toBe("Modell");
    expect(out.levels).toEqual([
      { level: 1, name: "Eins" },
      { level: 2, name: "Zwei" },
    ]);
    expect(out.question).toMatchObject({ id: "q2", index: 1, prompt: "Zweite?", aspectName: "Aspekt" });
  });

  it("keeps a question it cannot match by id (another model version) as it came", () => {
    const other = { ...workshopQuestions(model)[0]!, id: "elsewhere" };
    const out = localizeLiveState(state(0, other), liveModelText(model, german));
    expect(out.question).toBe(other);
  });
});

import { describe, expect, it } from "vitest";
import { renderMessages } from "@/i18n/render";
import { explanationTranslator } from "@/i18n/translator";
import { describeDisagreement, summariseVotes } from "@/lib/consensus/aggregate";
import { scoreAssessment } from "@/lib/scoring/score";
import { buildModel } from "../../fixtures/model";

const model = buildModel({ levels: 4, aspects: [{ id: "solo", questions: ["s-1", "s-2", "s-3", "s-4"] }] });
const [aspect] = scoreAssessment(model, [
  { questionId: "s-1", level: 2, notSure: false },
  { questionId: "s-2", level: 3, notSure: false },
  { questionId: "s-3", level: null, notSure: true },
]).aspects;

describe("explanation descriptors rendered per language", () => {
  it("renders English byte-identical to the old sentences", async () => {
    expect(renderMessages(await explanationTranslator("en"), aspect!.explanation)).toEqual([
      "Mean of 2 answered questions: (2 + 3) / 2 = 2.50.",
      "2.50 is nearest to Operational (level 2); a mean exactly halfway between two levels counts as the lower level.",
      "1 question marked not sure is left out of the mean.",
      "1 question without an answer is left out of the mean.",
      "To reach Scalable (level 3) the mean must be above 2.50.",
    ]);
  });

  it("formats numbers and plurals in German", async () => {
    const de = renderMessages(await explanationTranslator("de"), aspect!.explanation);
    expect(de[0]).toBe("Mittelwert aus 2 beantworteten Fragen: (2 + 3) / 2 = 2,50.");
    expect(de[2]).toBe("1 mit „Weiß nicht“ beantwortete Frage zählt nicht zum Mittelwert.");
    expect(de[4]).toBe("Für Scalable (Stufe 3) muss der Mittelwert über 2,50 liegen.");
  });

  it("renders every descriptor in every language without falling back to the key", async () => {
    const votes = [1, 1, 2, 4].map((level) => ({ level }));
    const why = describeDisagreement(summariseVotes(votes, [1, 2, 3, 4]), (l) => `L${l}`)!;
    for (const locale of ["en", "de", "es", "zh", "pt-BR", "ja"] as const) {
      const t = await explanationTranslator(locale);
      for (const text of renderMessages(t, [...aspect!.explanation, why])) {
        expect(text).not.toMatch(/explanations\.|score\.|disagreement\./);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkJourneyTargets,
  foldTargetFields,
  parseJourneySnapshot,
  ZJourneyInput,
} from "@/lib/journeys/schemas";
import { buildModel } from "../../fixtures/model";

const valid = { title: "Scale the CoE", goal: "Onboard 20 teams in 20 months." };
const errorsOf = (input: unknown) => {
  const r = ZJourneyInput.safeParse(input);
  return r.success ? null : z.flattenError(r.error).fieldErrors;
};

describe("ZJourneyInput", () => {
  it("parses a form post: trimmed text, constraints one per line, empty dates and targets dropped", () => {
    const parsed = ZJourneyInput.parse({
      title: "  Scale  ",
      goal: " g ",
      constraints: "Budget fixed\r\n\n  8 regulations  \n",
      startsOn: "",
      endsOn: "2027-08-31",
      targets: { investment: "3", adoption: "" },
    });
    expect(parsed).toEqual({
      title: "Scale",
      goal: "g",
      constraints: ["Budget fixed", "8 regulations"],
      startsOn: null,
      endsOn: "2027-08-31",
      targets: { investment: 3 },
    });
  });
  it("accepts objects (seed, tests) and defaults the optional parts", () => {
    expect(ZJourneyInput.parse({ ...valid, constraints: ["a"], targets: { operations: 2 } })).toMatchObject({
      constraints: ["a"],
      startsOn: null,
      endsOn: null,
      targets: { operations: 2 },
    });
    expect(ZJourneyInput.parse(valid)).toMatchObject({ constraints: [], targets: {} });
  });
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ ...valid, title: "x" }, "title"],
    [{ ...valid, title: "x".repeat(121) }, "title"],
    [{ ...valid, goal: "   " }, "goal"],
    [{ ...valid, goal: "x".repeat(2001) }, "goal"],
    [{ ...valid, constraints: Array.from({ length: 21 }, (_, i) => `c${i}`).join("\n") }, "constraints"],
    [{ ...valid, constraints: ["x".repeat(301)] }, "constraints"],
    [{ ...valid, startsOn: "2026-02-30" }, "startsOn"],
    [{ ...valid, endsOn: "next year" }, "endsOn"],
    [{ ...valid, startsOn: "2026-06-01", endsOn: "2026-05-31" }, "endsOn"],
    [{ ...valid, targets: { investment: "2.5" } }, "targets"],
    [{ ...valid, targets: { investment: "0" } }, "targets"],
    [{ ...valid, targets: { "Bad Id": 2 } }, "targets"],
  ];
  it.each(cases.map(([input, field], i) => [i, field, input] as const))(
    "case %i: rejects bad %s",
    (_i, field, input) => {
      expect(errorsOf(input)).toHaveProperty(field);
    },
  );
  it("allows 20 constraints of 300 characters and a one-day time frame", () => {
    const constraints = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(300, "x"));
    expect(errorsOf({ ...valid, constraints, startsOn: "2026-06-01", endsOn: "2026-06-01" })).toBeNull();
  });
});

describe("foldTargetFields", () => {
  it("folds flat target.<aspect> form fields into targets", () => {
    expect(foldTargetFields({ title: "t", "target.investment": "3", "target.adoption": "" })).toEqual({
      title: "t",
      targets: { investment: "3", adoption: "" },
    });
    expect(foldTargetFields({ title: "t" })).toEqual({ title: "t" });
    expect(foldTargetFields(null)).toBeNull();
  });
});

describe("checkJourneyTargets", () => {
  const model = buildModel({ levels: 3, aspects: [{ id: "delivery", questions: ["d1"] }] });
  it("accepts targets within the model's aspects and levels", () => {
    expect(checkJourneyTargets(model, { delivery: 3 })).toBeNull();
    expect(checkJourneyTargets(model, {})).toBeNull();
  });
  it("names unknown aspects and levels outside the model", () => {
    expect(checkJourneyTargets(model, { delivery: 4, nope: 1 })).toEqual({
      targets: [
        "Delivery: level 4 is not one of the model's levels (1–3)",
        '"nope" is not an aspect of Test model',
      ],
    });
  });
});

describe("snapshots", () => {
  it("parses stored snapshots and reads malformed ones as null", () => {
    const snap = {
      title: "t",
      goal: "g",
      constraints: [],
      startsOn: null,
      endsOn: "2026-01-01",
      targets: { a: 1 },
    };
    expect(parseJourneySnapshot(snap)).toEqual(snap);
    expect(parseJourneySnapshot({ title: "t" })).toBeNull();
    expect(parseJourneySnapshot("nope")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { summarizeHistory, summarizeRevision } from "@/lib/journeys/revisions";
import type { TJourneySnapshot } from "@/lib/journeys/schemas";
import { buildModel } from "../../fixtures/model";

const model = buildModel({
  aspects: [
    { id: "investment", questions: ["i1"] },
    { id: "adoption", questions: ["a1"] },
    { id: "operations", questions: ["o1"] },
  ],
});
const base: TJourneySnapshot = {
  title: "CoE",
  goal: "Onboard 20 teams",
  constraints: ["Budget fixed", "No downtime"],
  startsOn: "2026-01-01",
  endsOn: null,
  targets: { investment: 2, adoption: 3 },
};

describe("summarizeRevision", () => {
  it("describes the creation", () => {
    expect(summarizeRevision(model, null, base)).toEqual(["Journey created with 2 targets"]);
    expect(summarizeRevision(model, null, { ...base, targets: { investment: 1 } })).toEqual([
      "Journey created with 1 target",
    ]);
  });
  it("lists every kind of change, targets in model order", () => {
    const after: TJourneySnapshot = {
      title: "CoE 2",
      goal: "Onboard 25 teams",
      constraints: ["No downtime", "8 regulations"],
      startsOn: "2026-01-01",
      endsOn: "2027-08-31",
      targets: { operations: 2, investment: 3 },
    };
    expect(summarizeRevision(model, base, after)).toEqual([
      'Title changed to "CoE 2"',
      "Goal rewritten",
      'Constraints added: "8 regulations"',
      'Constraints removed: "Budget fixed"',
      "Time frame 2026-01-01 – open → 2026-01-01 – 2027-08-31",
      "Investment target L2 Operational → L3 Scalable",
      "Adoption target removed (was L3 Scalable)",
      "Operations target set to L2 Operational",
    ]);
  });
  it("notices reordered constraints and says when nothing changed", () => {
    expect(summarizeRevision(model, base, { ...base, constraints: ["No downtime", "Budget fixed"] })).toEqual(
      ["Constraints reordered"],
    );
    expect(summarizeRevision(model, base, { ...base })).toEqual(["No changes"]);
  });
  it("names aspects the model no longer has by id", () => {
    expect(summarizeRevision(model, base, { ...base, targets: { ...base.targets, legacy: 1 } })).toEqual([
      "legacy target set to L1 Provisional",
    ]);
  });
});

describe("summarizeHistory", () => {
  it("compares each revision with the one before it, newest first", () => {
    const at = new Date("2026-02-01T00:00:00Z");
    const rows = summarizeHistory(model, [
      { version: 2, editedAt: at, editedByName: "Lee", snapshot: { ...base, goal: "New goal" } },
      { version: 1, editedAt: at, editedByName: "Ada", snapshot: base },
      { version: 3, editedAt: at, editedByName: "Lee", snapshot: null },
    ]);
    expect(rows.map((r) => [r.version, r.editedByName, r.changes])).toEqual([
      [3, "Lee", ["(this revision could not be compared)"]],
      [2, "Lee", ["Goal rewritten"]],
      [1, "Ada", ["Journey created with 2 targets"]],
    ]);
  });
});

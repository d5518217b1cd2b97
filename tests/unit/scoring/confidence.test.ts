import { describe, expect, it } from "vitest";
import { aspectConfidence, isEvidenceStale, type TConfidenceAnswer } from "@/lib/scoring/confidence";

const TODAY = "2026-11-29";
const a = (over: Partial<TConfidenceAnswer> = {}): TConfidenceAnswer => ({
  level: 2,
  notSure: false,
  evidenceUrl: "",
  evidenceCheckedOn: null,
  ...over,
});
const fresh = { evidenceUrl: "https://wiki.example.com/x", evidenceCheckedOn: "2026-10-01" };
const stale = { evidenceUrl: "https://wiki.example.com/x", evidenceCheckedOn: "2026-01-01" };

describe("isEvidenceStale", () => {
  it("is stale after the window, or without a checked date", () => {
    expect(isEvidenceStale("2026-06-02", TODAY, 180)).toBe(false); // 180 days
    expect(isEvidenceStale("2026-06-01", TODAY, 180)).toBe(true); // 181 days
    expect(isEvidenceStale(null, TODAY, 180)).toBe(true);
    expect(isEvidenceStale("2026-11-01", TODAY, 7)).toBe(true);
  });
});

describe("aspectConfidence", () => {
  it("is high with mostly fresh evidence and few 'not sure'", () => {
    const c = aspectConfidence([a(fresh), a(fresh), a(stale), a()], TODAY);
    expect(c).toMatchObject({
      label: "high",
      answered: 4,
      freshEvidence: 2,
      staleEvidence: 1,
      freshShare: 0.5,
    });
  });

  it("counts stale evidence as not fresh (a shorter window makes it stale)", () => {
    expect(aspectConfidence([a(stale), a(stale)], TODAY).label).toBe("low");
    expect(aspectConfidence([a(fresh), a(fresh)], TODAY, 30)).toMatchObject({
      label: "low",
      freshEvidence: 0,
    });
  });

  it("is medium between the thresholds", () => {
    expect(aspectConfidence([a(fresh), a(), a(), a()], TODAY)).toMatchObject({
      label: "medium",
      freshShare: 0.25,
    });
  });

  it("is low with many 'not sure' answers or a wide spread", () => {
    const notSure = aspectConfidence(
      [a(fresh), a({ level: null, notSure: true }), a({ level: null, notSure: true })],
      TODAY,
    );
    expect(notSure).toMatchObject({ label: "low", notSure: 2 });
    expect(notSure.notSureShare).toBeCloseTo(2 / 3);
    const spread = aspectConfidence(
      [a({ ...fresh, respondentLevels: [1, 4] }), a({ ...fresh, respondentLevels: [2, 3] })],
      TODAY,
    );
    expect(spread).toMatchObject({ label: "low", spread: 2 });
    expect(aspectConfidence([a({ ...fresh, respondentLevels: [2, 3] })], TODAY)).toMatchObject({
      label: "high",
      spread: 1,
    });
  });

  it("is low when nothing is answered, with null shares", () => {
    expect(aspectConfidence([a({ level: null })], TODAY)).toMatchObject({
      label: "low",
      freshShare: null,
      notSureShare: null,
      spread: null,
    });
  });
});

import { describe, expect, it } from "vitest";
import { loadModelFiles } from "@/lib/model/load";
import { localizeModel } from "@/lib/model/localize";
import { REPORT_TREND_QUARTERS, shapeOrgReport, shapeTrends } from "@/lib/reports/org-report";
import { parseOrgReportParams, parseReportSize, reportFileName } from "@/lib/reports/params";
import { radarGeometry } from "@/lib/reports/radar";
import { gapToTarget, REPORT_MAX_STEPS, shapeTeamReport, type TReportStep } from "@/lib/reports/team-report";
import { scoreAssessment } from "@/lib/scoring/score";

const cncf = loadModelFiles().find((f) => f.model.id === "cncf-platform-engineering")!.model;
const answersAt = (level: number) =>
  cncf.aspects.flatMap((a, i) =>
    a.questions.map((q) => ({
      questionId: q.id,
      level: i === 4 ? null : Math.min(4, level + (i % 2)),
      notSure: false,
    })),
  );

describe("radar geometry", () => {
  it("puts the first axis at the top and scales values to the radius, clamped to 0..max", () => {
    const g = radarGeometry([4, 2, null, 8], 4, { cx: 100, cy: 100, r: 50 });
    expect(g.points[0]).toEqual({ x: 100, y: 50 });
    expect(g.points[1]).toEqual({ x: 125, y: 100 });
    expect(g.points[2]).toEqual({ x: 100, y: 100 });
    expect(g.points[3]).toEqual({ x: 50, y: 100 });
    expect(g.rings).toHaveLength(4);
    expect(g.axes[1]).toEqual({ x1: 100, y1: 100, x2: 150, y2: 100 });
    expect(g.labels.map((l) => l.anchor)).toEqual(["middle", "start", "middle", "end"]);
  });
});

describe("team report data", () => {
  const input = (steps: TReportStep[] = []) => {
    const model = localizeModel(cncf, "de");
    return {
      orgName: "Acme",
      teamName: "Payments",
      assessmentTitle: "Q4",
      submittedAt: new Date("2026-11-02T10:00:00Z"),
      generatedAt: new Date("2026-11-30T00:30:00Z"),
      model,
      aspects: scoreAssessment(model, answersAt(2)).aspects,
      journey: { title: "Get to Scalable", targets: { investment: 3, adoption: 2 } },
      steps,
    };
  };

  it("has level, mean, explanation and the gap to the journey's target per aspect, in the model's language", () => {
    const r = shapeTeamReport(input());
    expect(r.rows.map((x) => x.aspectName)).toEqual([
      "Investition",
      "Adoption",
      "Schnittstellen",
      "Betrieb",
      "Messung",
    ]);
    const [investment, adoption, , , measurement] = r.rows;
    expect(investment).toMatchObject({
      level: 2,
      levelName: "Operativ",
      mean: "2.00",
      target: 3,
      targetName: "Skalierbar",
      gap: 1,
    });
    expect(adoption).toMatchObject({ level: 3, target: 2, gap: 0 });
    expect(measurement).toMatchObject({ level: null, mean: "—", target: null, gap: null });
    expect(investment!.explanation.length).toBeGreaterThan(0);
    expect(r).toMatchObject({ submittedOn: "2026-11-02", generatedOn: "2026-11-30", maxLevel: 4 });
    expect(r.radar.values).toEqual([2, 3, 2, 3, null]);
  });

  it("lists only open steps, in order, at most 15, and says how many more", () => {
    const steps: TReportStep[] = Array.from({ length: 20 }, (_, i) => ({
      title: `Step ${i}`,
      aspectId: "investment",
      level: 3,
      status: i === 0 ? "DONE" : i === 1 ? "DROPPED" : i === 2 ? "DOING" : "TODO",
      dueOn: null,
      ownerName: null,
    }));
    const r = shapeTeamReport(input(steps));
    expect(r.steps).toHaveLength(REPORT_MAX_STEPS);
    expect(r.steps[0]).toMatchObject({ title: "Step 2", status: "DOING", aspectName: "Investition" });
    expect(r.moreSteps).toBe(3);
  });

  it("gap is never negative and unknown without a level or target", () => {
    expect(gapToTarget(1, 4)).toBe(3);
    expect(gapToTarget(4, 2)).toBe(0);
    expect(gapToTarget(null, 2)).toBeNull();
    expect(gapToTarget(2, null)).toBeNull();
  });
});

describe("org report data", () => {
  it("puts every team's levels in model order, blanks teams without a submitted assessment, pivots counts", () => {
    const r = shapeOrgReport({
      orgName: "Acme",
      generatedAt: new Date("2026-11-30T00:00:00Z"),
      model: cncf,
      filters: { group: "Core", from: "2026-01-01", to: null, stale: 90 },
      summary: { teams: 2, assessed: 1, recent: 1, stale: 0, never: 1 },
      heatmap: [
        {
          teamName: "A",
          group: "Core",
          submittedAt: new Date("2026-10-01T00:00:00Z"),
          levels: { adoption: 3, investment: 1 },
        },
        { teamName: "B", group: "Core", submittedAt: null, levels: {} },
      ],
      distribution: [
        { aspectId: "investment", level: 1, count: 1 },
        { aspectId: "investment", level: null, count: 1 },
      ],
      medians: [{ aspectId: "investment", medianLevel: 1, medianTarget: 3 }],
      plans: [],
      plansTotal: 0,
      staleTeams: [{ teamName: "B", submittedAt: null }],
      staleTotal: 1,
    });
    expect(r.heatmap[0]).toEqual({
      teamName: "A",
      group: "Core",
      submittedOn: "2026-10-01",
      levels: [1, 3, null, null, null],
    });
    expect(r.heatmap[1]!.levels).toEqual([null, null, null, null, null]);
    expect(r.distribution[0]).toEqual({ aspect: "Investment", counts: [1, 0, 0, 0], none: 1 });
    expect(r.medians[0]).toEqual({ aspect: "Investment", median: 1, target: 3 });
    expect(r.filterNote).toEqual(["group: Core", "2026-01-01 – …"]);
    expect(r.staleTeams).toEqual([{ teamName: "B", submittedOn: null }]);
  });
});

describe("report parameters", () => {
  it("accept A4 and Letter in any case, default A4, and refuse the rest with a message", () => {
    expect(parseReportSize(new URLSearchParams(""))).toEqual({ ok: true, value: "A4" });
    expect(parseReportSize(new URLSearchParams("size=letter"))).toEqual({ ok: true, value: "LETTER" });
    expect(parseReportSize(new URLSearchParams("size=A3"))).toEqual({
      ok: false,
      message: 'size must be "A4" or "Letter".',
    });
  });

  it("take the overview's filters and refuse invalid ones instead of ignoring them", () => {
    const ok = parseOrgReportParams(new URLSearchParams("group=Core&stale=30&page=3&sort=level&size=A4"));
    expect(ok).toMatchObject({
      ok: true,
      value: { size: "A4", filters: { group: "Core", stale: 30, page: 1, sort: "name" } },
    });
    const bad = parseOrgReportParams(new URLSearchParams("from=2026-13-01"));
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/from date/) });
  });

  it("name files in ASCII", () => {
    expect(reportFileName("Zahlungsverkehr & Co. Über", "2026-11-30", "LETTER")).toBe(
      "stepwise-zahlungsverkehr-co-uber-2026-11-30-letter.pdf",
    );
  });
});

describe("org report trends and movement", () => {
  const aspects = [
    { id: "investment", name: "Investment" },
    { id: "adoption", name: "Adoption" },
  ];
  const q = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("keeps the latest quarters with data, oldest first, gaps as null", () => {
    const medians = Array.from({ length: 8 }, (_, i) => ({
      quarter: new Date(Date.UTC(2025, i * 3, 1)),
      aspectId: "investment",
      medianLevel: 1 + (i % 4),
    }));
    const { trends } = shapeTrends(aspects, {
      medians,
      movement: [],
      movers: { quarter: null, total: 0, teams: [] },
    });
    expect(trends.quarters).toHaveLength(REPORT_TREND_QUARTERS);
    expect(trends.quarters[0]).toBe("2025 Q3");
    expect(trends.quarters.at(-1)).toBe("2026 Q4");
    expect(trends.rows[0]).toEqual({ aspect: "Investment", medians: [3, 4, 1, 2, 3, 4] });
    expect(trends.rows[1]).toEqual({ aspect: "Adoption", medians: [null, null, null, null, null, null] });
  });

  it("shows the latest quarter's movement per aspect and the movers", () => {
    const { movement } = shapeTrends(aspects, {
      medians: [],
      movement: [
        { quarter: q("2026-07-01"), aspectId: "investment", up: 9, down: 9, same: 9 },
        { quarter: q("2026-10-01"), aspectId: "investment", up: 3, down: 1, same: 2 },
      ],
      movers: { quarter: q("2026-10-01"), total: 4, teams: [{ teamName: "Payments", up: 1, down: 0 }] },
    });
    expect(movement.quarter).toBe("2026 Q4");
    expect(movement.rows).toEqual([
      { aspect: "Investment", up: 3, down: 1, same: 2 },
      { aspect: "Adoption", up: 0, down: 0, same: 0 },
    ]);
    expect(movement.movers).toEqual([{ teamName: "Payments", up: 1, down: 0 }]);
    expect(movement.moversTotal).toBe(4);
  });

  it("is empty without trend data", () => {
    expect(shapeTrends(aspects, undefined)).toEqual({
      trends: {
        quarters: [],
        rows: [
          { aspect: "Investment", medians: [] },
          { aspect: "Adoption", medians: [] },
        ],
      },
      movement: { quarter: null, rows: [], movers: [], moversTotal: 0 },
    });
  });
});

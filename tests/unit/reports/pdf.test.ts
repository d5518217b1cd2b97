import { writeFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import deReport from "@/messages/de/report.json";
import enReport from "@/messages/en/report.json";
import jaReport from "@/messages/ja/report.json";
import zhReport from "@/messages/zh/report.json";
import { loadModelFiles } from "@/lib/model/load";
import { localizeModel } from "@/lib/model/localize";
import { shapeOrgReport } from "@/lib/reports/org-report";
import { REPORT_LABEL_KEYS, type TReportLabels } from "@/lib/reports/pdf/labels";
import { renderOrgReportPdf, renderTeamReportPdf } from "@/lib/reports/pdf/render";
import { shapeTeamReport } from "@/lib/reports/team-report";
import { scoreAssessment } from "@/lib/scoring/score";

const cncf = loadModelFiles().find((f) => f.model.id === "cncf-platform-engineering")!.model;
const labels = (report: Record<string, string>) =>
  Object.fromEntries(REPORT_LABEL_KEYS.map((k) => [k, report[k]!])) as TReportLabels;

async function read(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  const page = await doc.getPage(1);
  const [, , width, height] = page.view;
  return {
    text: text.replace(/\s+/g, " "),
    pages: totalPages,
    width: Math.round(width!),
    height: Math.round(height!),
  };
}

const teamReport = (locale: string, teamName = "Zahlungsverkehr Ärger") => {
  const model = localizeModel(cncf, locale);
  const answers = model.aspects.flatMap((a, i) =>
    a.questions.map((q) => ({ questionId: q.id, level: 1 + (i % 4), notSure: false })),
  );
  return shapeTeamReport({
    orgName: "Acme Platform Co.",
    teamName,
    assessmentTitle: "Q4 review",
    submittedAt: new Date("2026-11-02T10:00:00Z"),
    generatedAt: new Date("2026-11-30T09:00:00Z"),
    model,
    aspects: scoreAssessment(model, answers).aspects,
    journey: { title: "Scale up", targets: { investment: 3 } },
    steps: [
      {
        title: "Fund a platform team",
        aspectId: "investment",
        level: 2,
        status: "DOING",
        dueOn: "2026-12-15",
        ownerName: "Dana",
      },
    ],
  });
};

describe("PDF reports", () => {
  it(
    "the team report parses, embeds its font and has the team, levels, target gap, steps and dates (A4)",
    { timeout: 60_000 },
    async () => {
      const pdf = await renderTeamReportPdf(teamReport("en"), labels(enReport), "A4");
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.toString("latin1")).toMatch(/\/FontFile2/); // embedded TrueType, not a base-14 font
      const { text, pages, width, height } = await read(pdf);
      if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}/team-en.pdf`, pdf);
      expect([width, height]).toEqual([595, 842]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(text).toContain("Maturity report: Zahlungsverkehr Ärger");
      expect(text).toContain("generated 2026-11-30");
      expect(text).toContain("submitted 2026-11-02");
      for (const level of ["L1 Provisional", "L2 Operational", "L3 Scalable", "L4 Optimizing"])
        expect(text).toContain(level);
      expect(text).toContain("Target: L3 Scalable · 2 level(s) to go");
      expect(text).toContain("Fund a platform team");
      expect(text).toContain("Page 1 of");
    },
  );

  it("speaks German on Letter paper", { timeout: 60_000 }, async () => {
    const pdf = await renderTeamReportPdf(teamReport("de"), labels(deReport), "LETTER");
    const { text, width, height } = await read(pdf);
    if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}/team-de.pdf`, pdf);
    expect([width, height]).toEqual([612, 792]);
    expect(text).toContain("Reifegradbericht: Zahlungsverkehr Ärger");
    expect(text).toContain("Investition");
    expect(text).toContain("L1 Provisorisch");
    expect(text).toContain("erstellt am 2026-11-30");
  });

  it(
    "speaks Simplified Chinese with an embedded CJK font whose glyphs map back to text",
    { timeout: 60_000 },
    async () => {
      const pdf = await renderTeamReportPdf(teamReport("zh", "支付平台团队"), labels(zhReport), "A4");
      if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}/team-zh.pdf`, pdf);
      const raw = pdf.toString("latin1");
      expect(raw).toMatch(/NotoSansSC/); // the CJK font is embedded ...
      expect(pdf.length).toBeLessThan(400_000); // ... as a subset, not the 1.5 MB file
      const { text } = await read(pdf);
      // Extracted text (not boxes): the glyphs carry their Unicode mapping.
      expect(text).toContain("成熟度报告：支付平台团队");
      expect(text).toContain("各方面的级别"); // the "level" label
      expect(text).toContain("投入"); // an aspect name from the model's zh translation
      expect(text).toContain("L1 临时");
      expect(text).toContain("生成于 2026-11-30");
    },
  );

  it("speaks Japanese with the Japanese font", { timeout: 60_000 }, async () => {
    const pdf = await renderTeamReportPdf(teamReport("ja", "決済チーム"), labels(jaReport), "A4");
    if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}/team-ja.pdf`, pdf);
    expect(pdf.toString("latin1")).toMatch(/NotoSansJP/);
    const { text } = await read(pdf);
    expect(text).toContain("成熟度レポート：決済チーム");
    expect(text).toContain("観点ごとのレベル");
    expect(text).toContain("インターフェース");
    expect(text).toContain("L3 スケーラブル");
  });

  it("embeds no CJK font for a Latin-only report", { timeout: 60_000 }, async () => {
    const pdf = await renderTeamReportPdf(teamReport("en"), labels(enReport), "A4");
    expect(pdf.toString("latin1")).not.toMatch(/NotoSans(SC|JP)/);
  });

  it(
    "the org report has every team of the heatmap with its levels, spilling onto more pages",
    { timeout: 120_000 },
    async () => {
      const teams = Array.from({ length: 120 }, (_, i) => ({
        teamName: `Team ${String(i).padStart(3, "0")}`,
        group: i % 2 ? "Core" : "Edge",
        submittedAt: i % 10 === 9 ? null : new Date("2026-10-01T00:00:00Z"),
        levels: {
          investment: 1 + (i % 4),
          adoption: 4 - (i % 4),
          interfaces: 2,
          operations: 3,
          measurement: null,
        },
      }));
      const report = shapeOrgReport({
        orgName: "Acme Platform Co.",
        generatedAt: new Date("2026-11-30T09:00:00Z"),
        model: cncf,
        filters: { group: null, from: null, to: null, stale: 90 },
        summary: { teams: 120, assessed: 108, recent: 100, stale: 8, never: 12 },
        heatmap: teams,
        distribution: [{ aspectId: "investment", level: 2, count: 30 }],
        medians: [{ aspectId: "investment", medianLevel: 2, medianTarget: 3 }],
        plans: [{ teamName: "Team 001", iterationName: "Sprint 4", done: 2, total: 5, overdue: 1 }],
        plansTotal: 1,
        staleTeams: [{ teamName: "Team 009", submittedAt: null }],
        staleTotal: 12,
        trends: {
          medians: [
            { quarter: new Date("2026-04-01T00:00:00Z"), aspectId: "investment", medianLevel: 1 },
            { quarter: new Date("2026-07-01T00:00:00Z"), aspectId: "investment", medianLevel: 2 },
            { quarter: new Date("2026-10-01T00:00:00Z"), aspectId: "investment", medianLevel: 3 },
          ],
          movement: [
            { quarter: new Date("2026-07-01T00:00:00Z"), aspectId: "investment", up: 1, down: 0, same: 0 },
            { quarter: new Date("2026-10-01T00:00:00Z"), aspectId: "investment", up: 17, down: 4, same: 9 },
          ],
          movers: {
            quarter: new Date("2026-10-01T00:00:00Z"),
            total: 21,
            teams: [{ teamName: "Team 042 mover", up: 0, down: 2 }],
          },
        },
      });
      const pdf = await renderOrgReportPdf(report, labels(enReport), "A4");
      const { text, pages } = await read(pdf);
      if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}/org-en.pdf`, pdf);
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(text).toContain("Maturity overview: Acme Platform Co.");
      expect(text).toContain("generated 2026-11-30");
      for (const name of ["Team 000", "Team 059", "Team 119"]) expect(text).toContain(name);
      expect(text).toContain("Latest level per team and aspect");
      expect(text).toContain("Sprint 4");
      expect(text).toContain("Median level per quarter");
      expect(text).toMatch(/2026 Q2\s+2026 Q3\s+2026 Q4/);
      expect(text).toMatch(/Investment\s+L1 Provisional\s+L2 Operational\s+L3 Scalable/);
      expect(text).toContain("Movement in 2026 Q4 against the quarter before");
      expect(text).toMatch(/Investment\s+17\s+4\s+9/);
      expect(text).toContain("Teams that moved (1 of 21)");
      expect(text).toContain("Team 042 mover");
      expect(text).toMatch(
        /Team 000 Edge L1 Provisional L4 Optimizing L2 Operational L3 Scalable — 2026-10-01/,
      );
    },
  );
});

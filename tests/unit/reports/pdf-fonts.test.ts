import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportFontFamily } from "@/lib/reports/pdf/fonts";
import { lineBreakParts } from "@/lib/reports/pdf/line-breaks";
import { woffToSfnt } from "@/lib/reports/pdf/woff";

describe("PDF line breaks", () => {
  it("never splits Latin words", () => {
    expect(lineBreakParts("Zahlungsverkehr")).toEqual(["Zahlungsverkehr"]);
    expect(lineBreakParts("L2")).toEqual(["L2"]);
  });

  it("lets CJK text break between characters, with an empty part (no hyphen) at each break", () => {
    expect(lineBreakParts("临时团队")).toEqual(["临", "", "时", "", "团", "", "队"]);
    expect(lineBreakParts("L1临时").join("")).toBe("L1临时");
    expect(lineBreakParts("L1临时")).toEqual(["L1", "", "临", "", "时"]);
  });

  it("keeps closing punctuation and small kana off the start of a line, opening brackets off its end", () => {
    expect(lineBreakParts("完了。")).toEqual(["完", "", "了。"]);
    expect(lineBreakParts("「わからない」")).toEqual(["「わ", "", "か", "", "ら", "", "な", "", "い」"]);
    expect(lineBreakParts("チェック")).toEqual(["チェッ", "", "ク"]);
  });
});

describe("PDF fonts", () => {
  it("adds a CJK font only for CJK text, Japanese first when there is kana", () => {
    expect(reportFontFamily("Maturity report: Zahlungsverkehr Ärger")).toEqual(["Noto Sans"]);
    expect(reportFontFamily("成熟度报告")).toEqual(["Noto Sans", "Noto Sans SC", "Noto Sans JP"]);
    expect(reportFontFamily("成熟度レポート")).toEqual(["Noto Sans", "Noto Sans JP", "Noto Sans SC"]);
  });

  it("unpacks WOFF into a TrueType font with the same glyphs", () => {
    const file = path.join(
      process.cwd(),
      "node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff",
    );
    const sfnt = woffToSfnt(readFileSync(file));
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
    const numTables = sfnt.readUInt16BE(4);
    const tables = Array.from({ length: numTables }, (_, i) => ({
      tag: sfnt.toString("latin1", 12 + i * 16, 16 + i * 16),
      checksum: sfnt.readUInt32BE(16 + i * 16),
      offset: sfnt.readUInt32BE(20 + i * 16),
      length: sfnt.readUInt32BE(24 + i * 16),
    }));
    expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(["cmap", "glyf", "loca", "head"]));
    // Every table's data is whole: its OpenType checksum (sum of big-endian uint32 words) matches the
    // directory ("head" is summed with its checkSumAdjustment field, so it is left out).
    for (const t of tables.filter((t) => t.tag !== "head")) {
      let sum = 0;
      for (let o = t.offset; o < t.offset + ((t.length + 3) & ~3); o += 4)
        sum = (sum + sfnt.readUInt32BE(o)) >>> 0;
      expect(sum, t.tag).toBe(t.checksum);
    }
    expect(() => woffToSfnt(Buffer.from("not a font at all, not even close to it.........."))).toThrow(
      /WOFF/,
    );
  });
});

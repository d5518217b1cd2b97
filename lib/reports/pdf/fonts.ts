/**
 * Fonts embedded in the reports, read from node_modules at run time (never downloaded):
 * - Noto Sans (latin subset: en, de, es, pt-BR), regular and bold, from @fontsource/noto-sans;
 * - Noto Sans SC (zh) and Noto Sans JP (ja) from @fontsource/noto-sans-sc and -jp: their single-file
 *   "chinese-simplified" / "japanese" subsets (WOFF, ~1.5 MB each, ~7,000-8,000 characters: the
 *   common Hanzi/Kanji, kana, CJK punctuation and basic Latin). Only the glyphs a report uses are
 *   embedded (the PDF writer subsets fonts), and a CJK font is loaded only when the report's text
 *   needs one (`reportFontFamily`).
 * The WOFF files are unpacked to plain TrueType once per process (./woff.ts, native zlib, ~30 ms):
 * fontkit inflating WOFF itself took ~10 s for a CJK font. Words break at spaces only (no hyphenation); CJK text, which has no spaces, may break
 * between characters (./line-breaks.ts). next.config.js traces these files into the standalone build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { lineBreakParts } from "./line-breaks";
import { woffToSfnt } from "./woff";

export const REPORT_FONT = "Noto Sans";
export const REPORT_FONT_SC = "Noto Sans SC";
export const REPORT_FONT_JP = "Noto Sans JP";

const files = (pkg: string) => path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files");

let unpackedDir: string | null = null;

/**
 * Where fontkit reads a WOFF font fast: an unpacked copy in this process's own temp directory
 * (private, removed at exit), or a data URL where the temp directory is not writable.
 */
function sfntSource(woffFile: string): string {
  const sfnt = woffToSfnt(readFileSync(woffFile));
  try {
    if (!unpackedDir) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-report-fonts-"));
      process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
      unpackedDir = dir;
    }
    const file = path.join(unpackedDir, path.basename(woffFile, ".woff") + ".ttf");
    writeFileSync(file, sfnt);
    return file;
  } catch {
    return `data:font/ttf;base64,${sfnt.toString("base64")}`;
  }
}

const FAMILIES: Record<string, readonly [pkg: string, subset: string]> = {
  [REPORT_FONT]: ["noto-sans", "latin"],
  [REPORT_FONT_SC]: ["noto-sans-sc", "chinese-simplified"],
  [REPORT_FONT_JP]: ["noto-sans-jp", "japanese"],
};
const registered = new Set<string>();

/** Registers the font families a report uses (each once per process; unpacking them is the slow part). */
export function registerReportFonts(families: readonly string[] = [REPORT_FONT]) {
  if (registered.size === 0) Font.registerHyphenationCallback(lineBreakParts);
  for (const name of families) {
    const family = FAMILIES[name];
    if (!family || registered.has(name)) continue;
    const [pkg, subset] = family;
    Font.register({
      family: name,
      fonts: [
        { src: sfntSource(path.join(files(pkg), `${pkg}-${subset}-400-normal.woff`)) },
        { src: sfntSource(path.join(files(pkg), `${pkg}-${subset}-700-normal.woff`)), fontWeight: 700 },
      ],
    });
    registered.add(name);
  }
}

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HAN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff65]/;

/**
 * The font stack for a report whose words (labels, model names, team names ...) are `text`: Noto Sans
 * for Latin, then a CJK font only when the text has CJK characters, Japanese first when it has kana
 * (Japanese glyph shapes), else Simplified Chinese; the other CJK font follows for characters the
 * first one lacks (a Chinese team name in a Japanese report).
 */
export function reportFontFamily(text: string): string[] {
  if (KANA.test(text)) return [REPORT_FONT, REPORT_FONT_JP, REPORT_FONT_SC];
  if (HAN.test(text)) return [REPORT_FONT, REPORT_FONT_SC, REPORT_FONT_JP];
  return [REPORT_FONT];
}

/**
 * Fonts embedded in every report: Noto Sans (latin subset: English, German, Spanish), regular and
 * bold, from the @fontsource/noto-sans package (read from node_modules at run time, never downloaded).
 * A CJK locale would need a CJK font here (e.g. @fontsource/noto-sans-sc); zh is not offered for reports yet.
 */
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const REPORT_FONT = "Noto Sans";
const dir = () => path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");

let registered = false;
export function registerReportFonts() {
  if (registered) return;
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: path.join(dir(), "noto-sans-latin-400-normal.woff") },
      { src: path.join(dir(), "noto-sans-latin-700-normal.woff"), fontWeight: 700 },
    ],
  });
  // Words are not hyphenated (team names, aspect names): break only at spaces.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CJK_FONT_FILE, cjkStylesheetFor, rewriteFontCss } from "@/lib/fonts/cjk";

describe("CJK web fonts", () => {
  it("are linked on Chinese and Japanese pages only", () => {
    expect(cjkStylesheetFor("zh")).toBe("/fonts/cjk/sc.css");
    expect(cjkStylesheetFor("ja")).toBe("/fonts/cjk/jp.css");
    for (const locale of ["en", "de", "es", "pt-BR", "constructor", "__proto__"])
      expect(cjkStylesheetFor(locale)).toBeNull();
  });

  it("point every unicode-range slice at the app's font route, WOFF2 only, at files that exist", () => {
    for (const pkg of ["noto-sans-sc", "noto-sans-jp"]) {
      const dir = path.join(process.cwd(), "node_modules/@fontsource", pkg);
      const css = rewriteFontCss(
        ["400", "700"].map((w) => readFileSync(path.join(dir, `${w}.css`), "utf8")).join("\n"),
      );
      const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(150);
      expect(css.match(/@font-face/g)!.length).toBe(urls.length); // one source per face
      expect(css.match(/unicode-range/g)!.length).toBe(urls.length);
      expect(css).not.toMatch(/\.woff\)|\.\/files/);
      for (const url of urls) {
        const file = url.replace("/fonts/cjk/", "");
        expect(url.startsWith("/fonts/cjk/"), url).toBe(true);
        expect(CJK_FONT_FILE.test(file), file).toBe(true);
        expect(() => readFileSync(path.join(dir, "files", file))).not.toThrow();
      }
    }
  });

  it("serve only font slices by name", () => {
    expect(CJK_FONT_FILE.test("noto-sans-sc-101-400-normal.woff2")).toBe(true);
    for (const bad of [
      "../package.json",
      "noto-sans-sc-1-400-normal.woff",
      "noto-sans-kr-1-400-normal.woff2",
    ])
      expect(CJK_FONT_FILE.test(bad)).toBe(false);
  });
});

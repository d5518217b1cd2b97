import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEVEL_SCALE, levelColours, levelScaleIndex } from "@/lib/level-style";

describe("level colour scale", () => {
  it("spreads a model's levels over the scale, 0 for not assessed", () => {
    expect([null, 0, 1, 2, 3, 4].map((l) => levelScaleIndex(l, 4))).toEqual([0, 0, 1, 2, 3, 4]);
    expect(levelScaleIndex(5, 5)).toBe(4);
    expect(levelScaleIndex(2, 2)).toBe(4);
    expect(levelScaleIndex(9, 4)).toBe(LEVEL_SCALE.length - 1);
    expect(levelColours(2)).toBe(LEVEL_SCALE[2]);
  });

  it("the heatmap's CSS classes hm-0 … hm-5 use exactly the scale's colours", () => {
    const css = readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
    LEVEL_SCALE.forEach((c, i) => {
      const rule = new RegExp(`\\.hm-${i} \\{\\s*background-color: ([^;]+);\\s*color: ([^;]+);`).exec(css);
      expect(rule, `.hm-${i} in app/globals.css`).not.toBeNull();
      expect([rule![1], rule![2]]).toEqual([c.bg, c.fg]);
    });
  });
});

import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";

describe("slugify", () => {
  it("makes URL-safe slugs", () => {
    expect(slugify("Acme Platform Co.")).toBe("acme-platform-co");
    expect(slugify("  Ünïcode Straße ")).toBe("unicode-stra-e");
    expect(slugify("!!!")).toBe("org");
    expect(slugify("x".repeat(100))).toHaveLength(40);
  });
});

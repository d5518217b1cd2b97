import { describe, expect, it } from "vitest";
import { isAcceptedCallbackParam } from "@/lib/validation/callback-url";

describe("callbackUrl values next-auth can parse (else it answers 500)", () => {
  const base = "http://localhost:3000";
  it("accepts paths and http(s) URLs", () => {
    for (const v of ["/orgs", "/", "http://localhost:3000/orgs", "https://example.test/x"])
      expect(isAcceptedCallbackParam(v, base), v).toBe(true);
  });
  it("refuses what next-auth would throw on", () => {
    for (const v of ["!", "", "orgs", "javascript:alert(1)", "ftp://x", "\u0000"])
      expect(isAcceptedCallbackParam(v, base), JSON.stringify(v)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/security/redirect";

describe("sign-in callbackUrl (issue 12 #1)", () => {
  it.each([
    "/\\evil.example",
    "%2F%5Cevil.example",
    "//evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "\\\\evil.example",
    "/\t/evil.example",
    " //evil.example",
    "",
  ])("rejects %j", (value) => {
    expect(safeCallbackPath(decodeURIComponent(value))).toBe("/orgs");
  });

  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackPath("/invite/abc?x=1#y")).toBe("/invite/abc?x=1#y");
    expect(safeCallbackPath("/orgs/acme")).toBe("/orgs/acme");
    expect(safeCallbackPath(undefined)).toBe("/orgs");
    expect(safeCallbackPath(["/orgs/a", "//evil"])).toBe("/orgs/a");
  });
});

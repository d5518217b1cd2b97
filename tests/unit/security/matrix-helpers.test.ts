import { describe, expect, it } from "vitest";
import { expectedOutcome } from "../../security/expectation-types";
import { actionOutcome } from "../../security/http";
import { exportedMethods, fillPattern, paramsOf, urlPattern } from "../../security/routes";

describe("route discovery helpers (tenancy matrix)", () => {
  it("turns manifest entries into URL patterns without route groups", () => {
    expect(urlPattern("/(auth)/sign-in/page")).toBe("/sign-in");
    expect(urlPattern("/page")).toBe("/");
    expect(urlPattern("/orgs/[orgSlug]/teams/[teamId]/page")).toBe("/orgs/[orgSlug]/teams/[teamId]");
    expect(urlPattern("/api/auth/[...nextauth]/route")).toBe("/api/auth/[...nextauth]");
  });

  it("reads every exported HTTP method of a route handler", () => {
    const source = `export const GET = handleRoute(x);\nexport async function PUT() {}\nexport { handler as POST, other as helper };`;
    expect(exportedMethods(source)).toEqual(["GET", "POST", "PUT"]);
  });

  it("fills path parameters, encoding what would break a URL", () => {
    expect(paramsOf("/api/auth/[...nextauth]/x/[id]")).toEqual(["nextauth", "id"]);
    expect(fillPattern("/live/[workshopId]", { workshopId: "a/b\u0000\ud800" })).toBe(
      "/live/a%2Fb%00%EF%BF%BD",
    );
    expect(() => fillPattern("/live/[workshopId]", {})).toThrow(/no value for \[workshopId\]/);
  });

  it("applies `in`, `out` and the defaults of each kind", () => {
    const exp = { in: 200, viewer: 404 };
    expect(expectedOutcome(exp, "orgPage", "admin")).toBe(200);
    expect(expectedOutcome(exp, "orgPage", "viewer")).toBe(404);
    expect(expectedOutcome(exp, "orgPage", "signedOut")).toBe("signin");
    expect(expectedOutcome(exp, "handler", "guest")).toBe(401);
    expect(expectedOutcome(exp, "action", "foreign")).toBe("denied");
    expect(expectedOutcome({}, "page", "admin")).toBeUndefined();
  });

  it("reads a server action's result from the RSC payload", () => {
    const result = (status: number, body: string, headers: Record<string, string> = {}) => ({
      status,
      body,
      location: null,
      contentType: "text/x-component",
      headers: new Headers(headers),
      ms: 1,
    });
    expect(actionOutcome(result(200, `1:{"ok":false,"code":"FORBIDDEN","message":"x"}`))).toBe("FORBIDDEN");
    expect(actionOutcome(result(200, `1:{"ok":true,"data":{}}`))).toBe("ok");
    expect(actionOutcome(result(303, "", { "x-action-redirect": "/orgs/x;push" }))).toBe("redirect");
    expect(actionOutcome(result(500, "boom"))).toBe("http-500");
  });
});

import { describe, expect, it } from "vitest";
import { ZSource } from "@/lib/model/schema";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { shouldSeedDemo } from "@/scripts/lib/seed-policy";

describe("model content source.url (issue 12 #12)", () => {
  it.each(["javascript:alert(document.cookie)", "data:text/html,<script>x</script>", "vbscript:x"])(
    "refuses %s",
    (url) => {
      expect(ZSource.safeParse({ name: "n", url, licence: "l" }).success).toBe(false);
    },
  );
  it("accepts http(s)", () => {
    expect(ZSource.safeParse({ name: "n", url: "https://cncf.io/x", licence: "l" }).success).toBe(true);
  });
});

describe("security headers (issue 12 #12)", () => {
  it("CSP: scripts by nonce only, no unsafe-inline scripts; HSTS only over https", () => {
    const csp = contentSecurityPolicy("abc123", false);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).toContain("'nonce-abc123'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    // Forms may be redirected to an SSO identity provider (https; http only when insecure issuers are allowed).
    expect(csp).toContain("form-action 'self' https:;");
    expect(contentSecurityPolicy("n", false, true)).toContain("form-action 'self' https: http:;");
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
    expect(securityHeaders({ nonce: "n", isHttps: false, isDev: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(securityHeaders({ nonce: "n", isHttps: true, isDev: false })["Strict-Transport-Security"]).toMatch(
      /max-age=\d+/,
    );
    expect(securityHeaders({ nonce: "n", isHttps: false, isDev: false })["Permissions-Policy"]).toContain(
      "camera=()",
    );
  });
});

describe("npm start and demo users (issue 12 #12)", () => {
  it("seeds demo users into an external database only with --seed-demo", () => {
    expect(shouldSeedDemo({ mode: "start", isEmbedded: false, argv: [] })).toBe(false);
    expect(shouldSeedDemo({ mode: "start", isEmbedded: false, argv: ["--seed-demo"] })).toBe(true);
    expect(shouldSeedDemo({ mode: "start", isEmbedded: true, argv: [] })).toBe(true);
    expect(shouldSeedDemo({ mode: "dev", isEmbedded: true, argv: [] })).toBe(true);
    expect(shouldSeedDemo({ mode: "dev", isEmbedded: false, argv: [] })).toBe(true);
    expect(shouldSeedDemo({ mode: "seed", isEmbedded: false, argv: [] })).toBe(true);
  });
});

import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openFlow, safeCallbackPath, sealFlow, type TSsoFlow } from "@/lib/sso/flow";
import {
  checkIssuerUrl,
  claimGroups,
  decideSsoSignIn,
  emailDomain,
  isDomainAllowed,
  mappedRole,
  parseDomainList,
  parseRoleMapping,
  ssoErrorMessage,
} from "@/lib/sso/rules";
import { deriveKey, openSecret, parseEncryptionKey, sealSecret } from "@/lib/sso/secret-box";

describe("secret box (AES-256-GCM)", () => {
  const key = randomBytes(32);

  it("round-trips and never contains the plain text", () => {
    const sealed = sealSecret("s3cret-value", key, "org:1");
    expect(sealed).not.toContain("s3cret");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, key, "org:1")).toBe("s3cret-value");
    expect(sealSecret("s3cret-value", key, "org:1")).not.toBe(sealed); // fresh IV each time
  });

  it("refuses another key, another context, tampering and garbage", () => {
    const sealed = sealSecret("s3cret-value", key, "org:1");
    expect(openSecret(sealed, randomBytes(32), "org:1")).toBeNull();
    expect(openSecret(sealed, key, "org:2")).toBeNull();
    const parts = sealed.split(".");
    const ct = Buffer.from(parts[3]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    expect(openSecret([...parts.slice(0, 3), ct.toString("base64url")].join("."), key, "org:1")).toBeNull();
    expect(openSecret("v1.x.y", key, "org:1")).toBeNull();
    expect(openSecret("not sealed", key, "org:1")).toBeNull();
  });

  it("parses 32-byte keys in hex and base64 only", () => {
    const raw = randomBytes(32);
    expect(parseEncryptionKey(raw.toString("hex"))?.equals(raw)).toBe(true);
    expect(parseEncryptionKey(raw.toString("base64"))?.equals(raw)).toBe(true);
    expect(parseEncryptionKey(raw.toString("base64url"))?.equals(raw)).toBe(true);
    expect(parseEncryptionKey("too-short")).toBeNull();
    expect(parseEncryptionKey(randomBytes(16).toString("hex"))).toBeNull();
    expect(deriveKey("a", "x").equals(deriveKey("a", "y"))).toBe(false);
  });
});

describe("SSO flow cookie", () => {
  const key = randomBytes(32);
  const flow: TSsoFlow = {
    orgId: "org1",
    state: "s".repeat(43),
    nonce: "n".repeat(43),
    verifier: "v".repeat(43),
    redirectUri: "https://stepwise.example.com/api/sso/callback",
    callbackPath: "/orgs",
    expiresAt: Date.now() + 60_000,
  };

  it("opens while fresh, not after expiry or with another key", () => {
    const sealed = sealFlow(flow, key);
    expect(openFlow(sealed, key)).toEqual(flow);
    expect(openFlow(sealed, key, flow.expiresAt + 1)).toBeNull();
    expect(openFlow(sealed, randomBytes(32))).toBeNull();
    expect(openFlow(undefined, key)).toBeNull();
  });

  it("returns only local callback paths", () => {
    expect(safeCallbackPath("/orgs/acme")).toBe("/orgs/acme");
    expect(safeCallbackPath("//evil.example")).toBe("/orgs");
    expect(safeCallbackPath("/\\evil.example")).toBe("/orgs");
    expect(safeCallbackPath("https://evil.example")).toBe("/orgs");
    expect(safeCallbackPath(undefined)).toBe("/orgs");
  });
});

describe("SSO rules", () => {
  it("reads email domains and domain lists", () => {
    expect(emailDomain("Ann@Acme.COM")).toBe("acme.com");
    expect(emailDomain("no-at-sign")).toBeNull();
    expect(emailDomain("a@localhost")).toBeNull();
    expect(parseDomainList("acme.com, @Example.org\nacme.com  not_a_domain")).toEqual({
      domains: ["acme.com", "example.org"],
      invalid: ["not_a_domain"],
    });
    expect(isDomainAllowed("x@acme.com", ["acme.com"])).toBe(true);
    expect(isDomainAllowed("x@sub.acme.com", ["acme.com"])).toBe(false);
    expect(isDomainAllowed("x@acme.com.evil.test", ["acme.com"])).toBe(false);
  });

  it("accepts https public issuers; http and private hosts only when allowed", () => {
    expect(checkIssuerUrl("https://kc.example.com/realms/acme/", false)).toEqual({
      ok: true,
      issuer: "https://kc.example.com/realms/acme",
    });
    expect(checkIssuerUrl("http://kc.example.com", false).ok).toBe(false);
    expect(checkIssuerUrl("https://127.0.0.1:8443", false).ok).toBe(false);
    expect(checkIssuerUrl("https://169.254.169.254/latest", false).ok).toBe(false);
    expect(checkIssuerUrl("https://localhost", false).ok).toBe(false);
    expect(checkIssuerUrl("https://user:pw@kc.example.com", false).ok).toBe(false);
    expect(checkIssuerUrl("https://kc.example.com?x=1", false).ok).toBe(false);
    expect(checkIssuerUrl("not a url", false).ok).toBe(false);
    expect(checkIssuerUrl("http://127.0.0.1:4000", true)).toEqual({
      ok: true,
      issuer: "http://127.0.0.1:4000",
    });
    expect(checkIssuerUrl("ftp://127.0.0.1", true).ok).toBe(false);
  });

  it("maps groups to the highest matching role", () => {
    const parsed = parseRoleMapping("platform-admins=ADMIN\n\nexecs = viewer\nleads=LEAD");
    expect(parsed).toEqual({
      mapping: [
        { group: "platform-admins", role: "ADMIN" },
        { group: "execs", role: "VIEWER" },
        { group: "leads", role: "LEAD" },
      ],
    });
    expect(parseRoleMapping("admins=OWNER")).toHaveProperty("error");
    expect(parseRoleMapping("=ADMIN")).toHaveProperty("error");
    const mapping = "mapping" in parsed ? parsed.mapping : [];
    expect(mappedRole(["execs", "leads"], mapping)).toBe("LEAD");
    expect(mappedRole(["execs"], mapping)).toBe("VIEWER");
    expect(mappedRole(["others"], mapping)).toBeNull();
    expect(claimGroups(["a", 1, "b"])).toEqual(["a", "b"]);
    expect(claimGroups("a b,c")).toEqual(["a", "b", "c"]);
    expect(claimGroups(undefined)).toEqual([]);
  });

  const base = {
    email: "ann@acme.com",
    emailVerifiedByIdp: true,
    allowedDomains: ["acme.com"],
    identityUserId: null,
    existingUser: null,
  };

  it("creates, links only verified accounts, and refuses what the IdP did not vouch for", () => {
    expect(decideSsoSignIn(base)).toEqual({ kind: "CREATE_USER" });
    expect(decideSsoSignIn({ ...base, existingUser: { id: "u1", emailVerified: true } })).toEqual({
      kind: "LINK_EXISTING",
      userId: "u1",
    });
    expect(decideSsoSignIn({ ...base, existingUser: { id: "u1", emailVerified: false } })).toEqual({
      kind: "REFUSE",
      reason: "ACCOUNT_UNVERIFIED",
    });
    expect(decideSsoSignIn({ ...base, emailVerifiedByIdp: false })).toEqual({
      kind: "REFUSE",
      reason: "EMAIL_NOT_VERIFIED",
    });
    expect(decideSsoSignIn({ ...base, email: "ann@other.com" })).toEqual({
      kind: "REFUSE",
      reason: "DOMAIN_NOT_ALLOWED",
    });
    expect(decideSsoSignIn({ ...base, email: null })).toEqual({ kind: "REFUSE", reason: "EMAIL_MISSING" });
  });

  it("signs a known identity in as its own user, never as another account with the email", () => {
    expect(
      decideSsoSignIn({ ...base, identityUserId: "u1", existingUser: { id: "u1", emailVerified: true } }),
    ).toEqual({ kind: "KNOWN_IDENTITY", userId: "u1" });
    expect(decideSsoSignIn({ ...base, identityUserId: "u1" })).toEqual({
      kind: "KNOWN_IDENTITY",
      userId: "u1",
    });
    expect(
      decideSsoSignIn({ ...base, identityUserId: "u1", existingUser: { id: "u2", emailVerified: true } }),
    ).toEqual({ kind: "REFUSE", reason: "IDENTITY_EMAIL_TAKEN" });
  });

  it("explains every code it can send, and unknown ones generically", () => {
    expect(ssoErrorMessage("STATE_MISMATCH")).toMatch(/did not match/);
    expect(ssoErrorMessage("whatever")).toMatch(/did not sign you in/);
    expect(ssoErrorMessage(undefined)).toBeNull();
    // Codes come from the URL: Object.prototype's names are unknown codes, not objects.
    for (const code of ["__proto__", "constructor", "toString"])
      expect(ssoErrorMessage(code)).toMatch(/did not sign you in/);
  });
});

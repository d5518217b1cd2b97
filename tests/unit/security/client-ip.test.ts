import { describe, expect, it } from "vitest";
import { clientIpFrom, isHttpsRequest } from "@/lib/security/client-ip";

describe("client address for rate limits (issue 12 #5, TRUSTED_PROXY_HOPS)", () => {
  it("with no trusted proxy, ignores X-Forwarded-For: a client cannot pick its own bucket", () => {
    expect(clientIpFrom("1.2.3.4", "10.0.0.9", 0)).toBe("10.0.0.9");
    expect(clientIpFrom("1.2.3.4, 5.6.7.8", "::ffff:10.0.0.9", 0)).toBe("10.0.0.9");
  });

  it("with N trusted proxies, takes the N-th address from the right, never the client-written first hop", () => {
    // The client wrote "6.6.6.6"; our one ingress appended the real client address.
    expect(clientIpFrom("6.6.6.6, 203.0.113.5", "10.0.0.1", 1)).toBe("203.0.113.5");
    expect(clientIpFrom("6.6.6.6, 203.0.113.5, 10.0.0.2", "10.0.0.1", 2)).toBe("203.0.113.5");
  });

  it("falls back to the peer when the header has fewer entries than trusted proxies", () => {
    expect(clientIpFrom(null, "10.0.0.1", 1)).toBe("10.0.0.1");
    expect(clientIpFrom("203.0.113.5", "10.0.0.1", 2)).toBe("10.0.0.1");
    expect(clientIpFrom(null, undefined, 0)).toBe("unknown");
  });

  it("bounds what goes into a rate-limit key", () => {
    expect(clientIpFrom(`${"9".repeat(500)}`, "10.0.0.1", 1)).toHaveLength(64);
  });

  it("knows https behind a TLS-terminating proxy (for HSTS)", () => {
    const h = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
    expect(isHttpsRequest(h(), "https:")).toBe(true);
    expect(isHttpsRequest(h("https"), "http:")).toBe(true);
    expect(isHttpsRequest(h("http"), "http:")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { GUEST_COOKIE, guestCookies, movedGuestCookies } from "@/lib/workshops/guest-cookie";

const ID = "c00000000000000000000001";
const TOKEN = "A".repeat(43);

describe("workshop guest cookie", () => {
  it("is set for the workshop's live page and its API only, HttpOnly, until the workshop expires", () => {
    const expires = new Date("2026-12-01T10:00:00Z");
    expect(guestCookies(ID, TOKEN, expires, true)).toEqual([
      `${GUEST_COOKIE}=${TOKEN}; Path=/live/${ID}; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax; Secure`,
      `${GUEST_COOKIE}=${TOKEN}; Path=/api/workshops/${ID}; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax; Secure`,
    ]);
    expect(guestCookies(ID, TOKEN, expires, false)[0]).not.toContain("Secure");
  });

  it("moves a cookie held on the old /w/<id> path to /live/<id> and clears the old one", () => {
    expect(movedGuestCookies(ID, TOKEN, false)).toEqual([
      `${GUEST_COOKIE}=${TOKEN}; Path=/live/${ID}; HttpOnly; SameSite=Lax`,
      `${GUEST_COOKIE}=; Path=/w/${ID}; Expires=${new Date(0).toUTCString()}; HttpOnly; SameSite=Lax`,
    ]);
  });

  it("moves nothing for a malformed workshop id or token (no header injection)", () => {
    expect(movedGuestCookies("../x", TOKEN, false)).toEqual([]);
    expect(movedGuestCookies(ID, `${TOKEN}; Path=/`, false)).toEqual([]);
    expect(movedGuestCookies(ID, "short", false)).toEqual([]);
  });
});

/** 5xx the fuzzer found outside issue 12's list, each pinned here with the request that found it. */
import { expect, test } from "@playwright/test";

test("next-auth with a callbackUrl it cannot parse answers 400, not 500 (fuzzer seed 351872)", async ({
  request,
}) => {
  for (const path of ["/api/auth/session?status=&callbackUrl=%21%26", "/api/auth/providers?callbackUrl=x"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
  }
  expect((await request.get("/api/auth/session?callbackUrl=%2Forgs")).status()).toBe(200);
});

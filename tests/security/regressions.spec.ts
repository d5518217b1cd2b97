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

test("next-auth session update with a body that is not JSON answers 400, not 500 (fuzzer seed 724059)", async ({
  request,
}) => {
  for (const data of [" ", "{", "null&x"]) {
    const response = await request.post("/api/auth/session?format=null&format=null", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(data), // raw bytes: a string would be JSON-encoded by Playwright
    });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    expect(await response.text()).toContain("not valid JSON");
  }
  // A JSON body still reaches next-auth, which answers it itself (without a CSRF token: not an update).
  const ok = await request.post("/api/auth/session", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ csrfToken: "x" }),
  });
  expect(ok.status()).toBeLessThan(500);
  expect(await ok.text()).not.toContain("not valid JSON");
});

test("the API reference's asset route answers 404 for __proto__ and friends, not 500 (fuzzer seed 937801)", async ({
  request,
}) => {
  for (const file of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
    const response = await request.get(`/developers/api/assets/${file}`);
    expect(response.status(), file).toBe(404);
  }
  expect((await request.get("/developers/api/assets/swagger-ui.css")).status()).toBe(200);
  // The same mistake on the sign-in page's SSO error code (found by reading after that finding).
  const signIn = await request.get("/sign-in?sso_error=__proto__");
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toContain("did not sign you in");
});

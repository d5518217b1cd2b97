import { expect, test } from "@playwright/test";

/**
 * Chinese and Japanese pages link the app's own CJK web fonts (lib/fonts/cjk.ts), served from
 * node_modules: unicode-range slices, so only the characters a page shows are downloaded, and Latin
 * pages link nothing. SCREENSHOT_DIR=<dir> saves the pages for a look (the bundled Chromium has no
 * CJK system fonts: without these fonts it draws boxes).
 */
for (const [locale, css, text] of [
  ["zh", "/fonts/cjk/sc.css", "登录"],
  ["ja", "/fonts/cjk/jp.css", "サインイン"],
] as const) {
  test(`a ${locale} page links ${css} and the browser loads CJK glyphs from the app`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    const fonts: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/fonts/cjk/") && r.url().endsWith(".woff2") && r.ok()) fonts.push(r.url());
    });
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator(`link[rel="stylesheet"][href="${css}"]`)).toHaveCount(1);
    await expect(page.getByRole("heading", { name: text, exact: true })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const stylesheet = await page.request.get(css);
    expect(stylesheet.headers()["content-type"]).toContain("text/css");
    const body = await stylesheet.text();
    expect(body).toContain("@font-face");
    const slice = /url\((\/fonts\/cjk\/[^)]+\.woff2)\)/.exec(body)![1]!;
    const font = await page.request.get(slice);
    expect(font.status()).toBe(200);
    expect(font.headers()["content-type"]).toBe("font/woff2");
    expect((await page.request.get("/fonts/cjk/..%2Fpackage.json")).status()).toBe(404);
    if (process.env.SCREENSHOT_DIR) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/sign-in-${locale}-${width}.png` });
      }
      // The bundled Chromium has no CJK fonts of its own: the glyphs came from the app.
      expect(fonts.length).toBeGreaterThan(0);
    }
  });
}

test("an English page links no CJK font", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator('link[href^="/fonts/cjk/"]')).toHaveCount(0);
});

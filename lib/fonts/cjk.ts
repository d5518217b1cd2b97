/**
 * The CJK web fonts for pages in Chinese or Japanese (app/layout.tsx links them only for those
 * languages): Noto Sans SC / JP from @fontsource, served by the app from node_modules (no CDN) at
 * /fonts/cjk/. Their CSS has one @font-face per slice of Unicode (unicode-range, ~100-120 slices per
 * weight), so a browser downloads only the slices whose characters a page shows, and only when no
 * earlier font of the stack has them (system CJK fonts win). Pure.
 */
export const CJK_WEB_FONTS = {
  zh: { family: "Noto Sans SC", pkg: "noto-sans-sc", css: "sc.css" },
  ja: { family: "Noto Sans JP", pkg: "noto-sans-jp", css: "jp.css" },
} as const;
export const CJK_WEIGHTS = [400, 700] as const;

/** The stylesheet a page in `locale` links, or null for languages that need no CJK font. */
export function cjkStylesheetFor(locale: string): string | null {
  if (!Object.hasOwn(CJK_WEB_FONTS, locale)) return null;
  return `/fonts/cjk/${CJK_WEB_FONTS[locale as keyof typeof CJK_WEB_FONTS].css}`;
}

/** A font file the route may serve: a WOFF2 slice of one of the two packages, regular or bold. */
export const CJK_FONT_FILE =
  /^noto-sans-(sc|jp)-(\d{1,3}|cyrillic|latin|latin-ext|vietnamese)-(400|700)-normal\.woff2$/;

/**
 * @fontsource CSS → the app's: WOFF2 only (every browser the app supports reads it; the WOFF
 * fallback would only add bytes), URLs pointing at the font route, no comments.
 */
export function rewriteFontCss(css: string): string {
  return css
    .replace(/\/\*[^*]*\*\//g, "")
    .replace(
      /src:\s*url\(\.\/files\/([\w-]+\.woff2)\)\s*format\('woff2'\)(?:,\s*url\([^)]*\)\s*format\('woff'\))?/g,
      "src: url(/fonts/cjk/$1) format('woff2')",
    )
    .replace(/\n{2,}/g, "\n");
}

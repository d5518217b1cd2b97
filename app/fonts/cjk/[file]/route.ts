import { readFile } from "node:fs/promises";
import path from "node:path";
import { CJK_FONT_FILE, CJK_WEB_FONTS, CJK_WEIGHTS, rewriteFontCss } from "@/lib/fonts/cjk";

/**
 * The CJK web fonts (lib/fonts/cjk.ts), from our own node_modules: `sc.css` / `jp.css` (the
 * @fontsource stylesheets of both weights, pointing here) and the WOFF2 slices they name. Public, like
 * the sign-in page that needs them; anything else is a 404. next.config.js traces the files.
 */
const dir = (pkg: string) => path.join(process.cwd(), "node_modules", "@fontsource", pkg);
const stylesheets = new Map<string, Promise<string>>();

async function stylesheet(pkg: string): Promise<string> {
  const parts = await Promise.all(CJK_WEIGHTS.map((w) => readFile(path.join(dir(pkg), `${w}.css`), "utf8")));
  return rewriteFontCss(parts.join("\n"));
}

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const font = Object.values(CJK_WEB_FONTS).find((f) => f.css === file);
  if (font) {
    if (!stylesheets.has(font.pkg)) stylesheets.set(font.pkg, stylesheet(font.pkg));
    return new Response(await stylesheets.get(font.pkg)!, {
      headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=86400" },
    });
  }
  const match = CJK_FONT_FILE.exec(file);
  if (!match) return new Response("Not found", { status: 404 });
  const pkg = `noto-sans-${match[1]}`;
  try {
    const body = await readFile(path.join(dir(pkg), "files", file));
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=604800" },
    });
  } catch {
    return new Response("Not found", { status: 404 }); // a slice number the package does not have
  }
}

import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The reference page's renderer (swagger-ui-dist), served from our own node_modules: no CDN. Only
 * these two files; next.config.js traces them into the standalone build.
 */
const FILES = new Map([
  ["swagger-ui-bundle.js", "text/javascript; charset=utf-8"],
  ["swagger-ui.css", "text/css; charset=utf-8"],
]);

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  // A Map, not an object literal: "__proto__" or "constructor" must not count as a file.
  const type = FILES.get(file);
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", file));
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" },
  });
}

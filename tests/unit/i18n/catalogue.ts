/** Reading the message files as they are on disk (no English fallback), for the catalogue tests. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type TTree = { [key: string]: string | TTree };
export const messagesDir = path.resolve(__dirname, "../../../messages");

export const readNamespace = (locale: string, ns: string): TTree =>
  JSON.parse(readFileSync(path.join(messagesDir, locale, `${ns}.json`), "utf8")) as TTree;

export const namespaceFiles = (locale: string) =>
  readdirSync(path.join(messagesDir, locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();

export const keys = (tree: TTree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );

export const lookup = (tree: TTree, key: string): string | TTree | undefined =>
  key
    .split(".")
    .reduce<string | TTree | undefined>(
      (node, k) => (node && typeof node === "object" ? node[k] : undefined),
      tree,
    );

/** ICU argument names used by a message ({count, plural, …}, {name}, <b>…</b> tags excluded). */
export const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

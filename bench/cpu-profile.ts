/**
 * `npx tsx bench/cpu-profile.ts <file.cpuprofile> [top]`: summarises a V8 CPU profile (`node --cpu-prof`,
 * e.g. from `BENCH_CPU_PROF=<dir> npm run bench:load`) as self time per function and per package/file,
 * so the hot spots of a request path can be written down without a profiler UI. Extra arguments after
 * `top` are regular expressions over "function url": their inclusive time (callees included) is printed too.
 */
import { readFileSync } from "node:fs";

type TNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
type TProfile = {
  nodes: TNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** node_modules/<pkg> (scoped too), a Next.js chunk, node:internal, or the file itself. */
function bucket(url: string) {
  if (!url) return "(native/vm)";
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = url.slice(nm + 13).split("/");
    const pkg = parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return pkg === "next" ? `next/${parts.slice(1, -1).slice(-2).join("/")}/${parts.at(-1)}` : pkg;
  }
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

function summarise(file: string, top: number, patterns: readonly string[]) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byBucket = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = `${functionName || "(anonymous)"}  ${bucket(url)}:${lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    byBucket.set(bucket(url), (byBucket.get(bucket(url)) ?? 0) + us);
  }
  const print = (title: string, map: Map<string, number>, limit = top) => {
    console.log(`\n## ${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
      console.log(
        `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
      );
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  print("self time by package / file", byBucket);
  print("self time by function", byFn);
  if (patterns.length > 0)
    print("inclusive time of matching frames", inclusive(profile, selfUs, patterns), patterns.length);
}

/** Time spent in frames matching each pattern and everything they called (nested matches counted once). */
function inclusive(profile: TProfile, selfUs: Map<number, number>, patterns: readonly string[]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  for (const pattern of patterns) {
    const re = new RegExp(pattern);
    const matches = (n: TNode) => re.test(`${n.callFrame.functionName} ${n.callFrame.url}`);
    let us = 0;
    const walk = (id: number, inside: boolean) => {
      const node = byId.get(id)!;
      const now = inside || matches(node);
      if (now) us += selfUs.get(id) ?? 0;
      for (const child of node.children ?? []) walk(child, now);
    };
    walk(profile.nodes[0]!.id, false);
    out.set(pattern, us);
  }
  return out;
}

const [file = "", top = "40", ...patterns] = process.argv.slice(2);
summarise(file, Number(top), patterns);

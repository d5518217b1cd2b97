/**
 * Next.js instrumentation hook: runs once when a server process starts, before it handles requests.
 * Everything real lives in instrumentation-node.ts (Node.js runtime only; nothing runs on the edge).
 */
export async function register() {
  // `next build` loads this too; start-up checks need the runtime environment, not the build's.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startNodeObservability } = await import("./instrumentation-node");
  await startNodeObservability();
}

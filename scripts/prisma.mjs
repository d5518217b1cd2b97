#!/usr/bin/env node
// `node scripts/prisma.mjs <args>`: the Prisma CLI, offline. Prisma checks that its Rust engine files
// exist before it falls back to the wasm engines we configure (engineType = "client", engine: "js"),
// so the two variables point at an existing file to stop it from downloading what it never runs.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = require.resolve("prisma/build/index.js");
const { status } = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(status ?? 1);

import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { syncContentModels } from "@/lib/data/models";
import { loadModelFiles } from "@/lib/model/load";
import { FIXTURE_MODELS_ROOT, ensureModels } from "../fixtures/tenants";

beforeAll(async () => {
  await ensureModels();
});

describe("migrations", () => {
  it("match prisma/schema.prisma exactly (no drift), checked through the wasm schema engine and a shadow database", () => {
    const result = spawnSync(
      process.execPath,
      [
        "scripts/prisma.mjs",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { encoding: "utf8", env: process.env },
    );
    expect(result.stdout + result.stderr).toContain("No difference detected");
    expect(result.status).toBe(0);
  });

  it("report applied migrations as up to date", () => {
    const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "status"], {
      encoding: "utf8",
      env: process.env,
    });
    expect(result.stdout).toContain("Database schema is up to date");
  });
});

describe("content sync", () => {
  it("is idempotent", async () => {
    const models = loadModelFiles().map((f) => f.model);
    const again = await syncContentModels(models);
    expect(again.every((r) => r.status === "unchanged")).toBe(true);
  });

  it("refuses a published version whose content changed", async () => {
    const [tiny] = loadModelFiles(FIXTURE_MODELS_ROOT).map((f) => f.model);
    const edited = { ...tiny!, title: "Tiny Test Model (edited in place)" };
    await expect(syncContentModels([edited])).rejects.toThrow(/immutable/);
  });
});

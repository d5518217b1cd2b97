import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter";

// Migrations run through Prisma's wasm schema engine (`engine: "js"`), so nothing is downloaded.
// See README "Database and migrations" and prisma/migration-adapter.ts.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createMigrationAdapter(process.env.DATABASE_URL),
});

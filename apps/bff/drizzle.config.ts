import { defineConfig } from "drizzle-kit";

// `pnpm --filter @keyturn/bff db:generate` diffs src/db/schema.ts against drizzle/meta and writes the
// next migration. Hand-written SQL (triggers): `pnpm --filter @keyturn/bff db:generate --custom --name <name>`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  strict: true,
});

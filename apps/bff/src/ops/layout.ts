import path from "node:path";
import { MIGRATIONS_FOLDER } from "../db/migrate.ts";

/** Where a way of running the BFF keeps what it reads from disk besides its configuration. */
export interface Layout {
  migrationsFolder: string;
  /** Values for variables the environment leaves unset (loadConfig's fallback). */
  fallbackEnv: Record<string, string>;
}

/** From the sources (`pnpm start`): the repository's folders, found from the workspace root. */
export const SOURCE_LAYOUT: Layout = { migrationsFolder: MIGRATIONS_FOLDER, fallbackEnv: {} };

/**
 * The production bundle (scripts/bundle.ts): everything beside `server.js`, so the folder runs
 * anywhere with no repository around it. Its data folder (PGlite, generated key files) is `data/`
 * inside it unless KEYTURN_DATA_DIR says otherwise.
 */
export function bundleLayout(dir: string): Layout {
  return {
    migrationsFolder: path.join(dir, "drizzle"),
    fallbackEnv: {
      KEYTURN_WEB_DIST_DIR: path.join(dir, "public"),
      KEYTURN_DATA_DIR: path.join(dir, "data"),
    },
  };
}

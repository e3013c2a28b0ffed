import { mkdir } from "node:fs/promises";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { DataDirOpenError } from "./data-dir-errors.ts";
import { lockDataDir } from "./data-dir-lock.ts";

/**
 * A PGlite with the extensions the schema uses (pg_trgm: the inventory's name search). Every PGlite
 * of Keyturn's schema opens through this, or the index that needs the extension cannot be used.
 */
export const newPglite = (options: PGliteOptions = {}) => new PGlite({ ...options, extensions: { pg_trgm } });

/**
 * PGlite in its data folder, after taking the folder's lock (DataDirLockedError if another process
 * has it). A folder PGlite cannot start on is a DataDirOpenError with the recovery path. `close()`
 * closes the database, then frees the folder.
 */
export async function openPgliteFolder(dir: string): Promise<{ client: PGlite; close(): Promise<void> }> {
  const lock = await lockDataDir(dir);
  let client: PGlite;
  try {
    await mkdir(dir, { recursive: true });
    client = newPglite({ dataDir: dir });
    await client.waitReady;
  } catch (err) {
    await lock.release();
    throw new DataDirOpenError(dir, err);
  }
  return {
    client,
    close: async () => {
      try {
        await client.close();
      } finally {
        await lock.release();
      }
    },
  };
}

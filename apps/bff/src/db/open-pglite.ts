import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { DataDirOpenError } from "./data-dir-errors.ts";
import { lockDataDir } from "./data-dir-lock.ts";

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
    client = new PGlite(dir);
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

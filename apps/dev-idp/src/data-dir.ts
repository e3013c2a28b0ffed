import { existsSync } from "node:fs";
import path from "node:path";

/** Walks up from this module to the folder holding pnpm-workspace.yaml (the repo root). */
export function findRepoRoot(start: string = import.meta.dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${start}`);
    dir = parent;
  }
}

/** The shared data folder: KEYTURN_DATA_DIR, else `<repo root>/.keyturn` (git-ignored). */
export function resolveDataDir(configured: string | undefined): string {
  return path.resolve(configured ?? path.join(findRepoRoot(), ".keyturn"));
}

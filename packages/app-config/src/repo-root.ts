import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "./parse-environment.ts";

/** Walks up from `start` to the folder holding pnpm-workspace.yaml (the repository root). */
export function findRepoRoot(start: string = import.meta.dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new ConfigError(`no pnpm-workspace.yaml above ${start}; set KEYTURN_DATA_DIR`);
    dir = parent;
  }
}

/** The shared data folder: KEYTURN_DATA_DIR when set, else `<repo root>/.keyturn` (git-ignored). */
export function resolveDataDir(configured: string | undefined): string {
  return path.resolve(configured ?? path.join(findRepoRoot(), ".keyturn"));
}

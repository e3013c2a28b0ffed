import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findRepoRoot, resolveDataDir } from "./repo-root.ts";

describe("data folder", () => {
  it("defaults to .keyturn at the repo root (the folder with pnpm-workspace.yaml)", () => {
    const root = findRepoRoot();
    expect(existsSync(path.join(root, "pnpm-workspace.yaml"))).toBe(true);
    expect(path.relative(root, import.meta.dirname)).toBe(path.join("packages", "app-config", "src"));
    expect(resolveDataDir(undefined)).toBe(path.join(root, ".keyturn"));
  });

  it("takes KEYTURN_DATA_DIR as given, made absolute", () => {
    expect(resolveDataDir("/srv/keyturn")).toBe("/srv/keyturn");
    expect(resolveDataDir("data")).toBe(path.resolve("data"));
  });

  it("fails clearly outside a workspace", () => {
    expect(() => findRepoRoot("/")).toThrow(/pnpm-workspace.yaml/);
  });
});

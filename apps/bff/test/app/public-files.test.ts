import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each capability's public.ts lists what other folders use of it (decision 010): a name nobody outside
// imports any more is dropped from it, so the list stays the real boundary.
const SRC = path.resolve(import.meta.dirname, "../../src");
const FEATURES = path.join(SRC, "features");
const TEST = path.resolve(import.meta.dirname, "..");

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [path.join(dir, e.name)]
        : [],
  );

const exportedNames = (publicFile: string) =>
  [...readFileSync(publicFile, "utf8").matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap(([, names]) =>
    (names ?? "")
      .split(",")
      // `a as b` exports `b`: the name others import.
      .map((n) =>
        (
          n
            .replace(/^\s*type\s+/, "")
            .split(" as ")
            .at(-1) ?? ""
        ).trim(),
      )
      .filter(Boolean),
  );

/** The names imported from `publicFile` by files outside its folder. */
function namesImportedFrom(publicFile: string): Set<string> {
  const folder = path.dirname(publicFile);
  const used = new Set<string>();
  for (const file of [...sources(SRC), ...sources(TEST)]) {
    if (path.dirname(file) === folder) continue;
    const text = readFileSync(file, "utf8");
    for (const [, names, spec] of text.matchAll(/import (?:type )?\{([^}]*)\} from "([^"]+)"/g)) {
      if (path.resolve(path.dirname(file), spec ?? "") !== publicFile) continue;
      for (const n of (names ?? "").split(","))
        used.add(
          n
            .replace(/^\s*type\s+/, "")
            .split(" as ")[0]
            ?.trim() ?? "",
        );
    }
  }
  return used;
}

const capabilities = readdirSync(FEATURES).filter((name) =>
  readdirSync(path.join(FEATURES, name)).includes("public.ts"),
);

describe("capability public files", () => {
  it("exist for the capabilities others use", () => {
    expect(capabilities).toEqual(expect.arrayContaining(["audit", "inventory", "keys", "tokens"]));
  });

  it.each(capabilities)("features/%s/public.ts exports only names used outside its folder", (name) => {
    const file = path.join(FEATURES, name, "public.ts");
    const used = namesImportedFrom(file);
    expect(exportedNames(file).filter((n) => !used.has(n))).toEqual([]);
  });
});

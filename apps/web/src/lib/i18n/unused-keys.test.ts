import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync, Visitor } from "vite";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { NAMESPACES } from "./resources";

/**
 * Every English key is used in the console's code. This reads the syntax tree of every source file
 * (tests and the resources themselves excluded) and takes as uses:
 * - a string literal that is a whole key, wherever it stands but as a property's name: in
 *   `t("keys.regenerated")`, or in a table whose entries reach t() later (the screens' labels);
 * - a template literal, as a pattern: each `${…}` stands for part of one key segment (never a dot);
 *   but a condition between string literals stands for those strings, and the name of a `const`
 *   string of the same file for that string (`${p}.clientId`). So
 *   `` t(`deployment.states.${state}`) `` uses every key under `deployment.states.`: the type of t()
 *   already requires a key for each value of `state` (a known enum), and a key there that no value
 *   reaches is not caught. Keep such prefixes narrow.
 * A plural (`…_one`, `…_other`) is used when its key without the suffix is. And a key written in a
 * call of t() starts with its namespace (the types would also take a key of `common` without it).
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const RESOURCES = [join(SRC, "lib", "i18n", "en"), join(SRC, "lib", "i18n", "es")];
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const skipped = entry.name === "testing" || RESOURCES.includes(path);
    if (entry.isDirectory()) return skipped ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

type Node = { type: string; start: number; [field: string]: unknown };
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Quasi = { value: { cooked: string | null } };

/** The strings a template's `${…}` may be, as a regular expression's alternatives. */
function alternatives(node: Node, constants: ReadonlyMap<string, string>): string {
  if (node.type === "Literal" && typeof node.value === "string") return literally(node.value);
  const constant = node.type === "Identifier" ? constants.get(node.name as string) : undefined;
  if (constant !== undefined) return literally(constant);
  if (node.type === "ConditionalExpression") {
    const [yes, no] = [node.consequent as Node, node.alternate as Node];
    return `(?:${alternatives(yes, constants)}|${alternatives(no, constants)})`;
  }
  return "[^.]+";
}

interface Uses {
  keys: Set<string>;
  patterns: RegExp[];
  /** The literal first arguments of t(), to check that each names its namespace. */
  called: string[];
}

/** The keys, key patterns and t() keys a source file holds. */
function usesIn(path: string, source: string): Uses {
  const { program, errors } = parseSync(path, source, { lang: path.endsWith(".tsx") ? "tsx" : "ts" });
  if (errors.length > 0) throw new Error(`${path}: ${errors[0]?.message}`);
  const uses: Uses = { keys: new Set(), patterns: [], called: [] };
  const constants = new Map<string, string>(); // `const p = "a.b"`: `${p}` in this file is "a.b"
  const propertyNames = new Set<number>(); // `{ "token.get": … }` names a property, not a key
  const templates: Node[] = [];
  new Visitor({
    VariableDeclaration(node) {
      if (node.kind !== "const") return;
      for (const { id, init } of node.declarations) {
        if (id.type === "Identifier" && init?.type === "Literal" && typeof init.value === "string") {
          constants.set(id.name, init.value);
        }
      }
    },
    Property(node) {
      if (!node.computed) propertyNames.add(node.key.start);
    },
    Literal(node) {
      if (typeof node.value === "string" && !propertyNames.has(node.start)) uses.keys.add(node.value);
    },
    TemplateLiteral(node) {
      templates.push(node as unknown as Node);
    },
    CallExpression(node) {
      const [first] = node.arguments;
      const literal = first?.type === "Literal" && typeof first.value === "string" ? first.value : undefined;
      if (node.callee.type === "Identifier" && node.callee.name === "t" && literal) uses.called.push(literal);
    },
  }).visit(program);
  for (const template of templates) {
    const quasis = (template.quasis as Quasi[]).map((quasi) => quasi.value.cooked ?? "");
    const holes = (template.expressions as Node[]).map((expression) => alternatives(expression, constants));
    const pattern = quasis.map((text, index) => literally(text) + (holes[index] ?? "")).join("");
    if (holes.length > 0) uses.patterns.push(new RegExp(`^${pattern}$`));
    else uses.keys.add(quasis.join(""));
  }
  return uses;
}

type Tree = { readonly [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

/** The English keys that no source file uses. */
function unused(keys: readonly string[], uses: Uses): string[] {
  return keys.filter((key) => {
    const base = key.replace(PLURAL, "");
    return !uses.keys.has(base) && !uses.patterns.some((pattern) => pattern.test(base));
  });
}

const namesItsNamespace = (key: string) => NAMESPACES.some((namespace) => key.startsWith(`${namespace}.`));

describe("translation keys", () => {
  const files = sourceFiles(SRC);
  const all: Uses = { keys: new Set(), patterns: [], called: [] };
  for (const file of files) {
    const uses = usesIn(file, readFileSync(file, "utf8"));
    for (const key of uses.keys) all.keys.add(key);
    all.patterns.push(...uses.patterns);
    all.called.push(...uses.called.map((key) => `${relative(SRC, file)}: ${key}`));
  }

  it("reads the whole console", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(all.called.length).toBeGreaterThan(500);
  });

  it("are all used", () => {
    expect(unused(keysOf(en), all)).toEqual([]);
  });

  it("name their namespace where t() is called", () => {
    expect(all.called.filter((use) => !namesItsNamespace(use.split(": ")[1] ?? ""))).toEqual([]);
  });

  it("the scan reads literals, templates with conditions, and plurals", () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is source code with templates
      'const k = { label: "a.b", "a.g": 1 }; t(`a.c.${x}`); t("a.f"); t(`a.${on ? "d" : "e"}${busy ? "Pending" : ""}`); const p = "a.h"; t(`${p}.i`);';
    const probe = usesIn("probe.tsx", source);
    const keys = [
      "a.b",
      "a.c.one",
      "a.c.two.deep",
      "a.d",
      "a.ePending",
      "a.g",
      "a.f_one",
      "a.f_other",
      "a.h.i",
    ];
    expect(unused(keys, probe)).toEqual(["a.c.two.deep", "a.g"]);
    expect(probe.called).toEqual(["a.f"]);
    expect([namesItsNamespace("a.f"), namesItsNamespace("common.cancel")]).toEqual([false, true]);
  });
});

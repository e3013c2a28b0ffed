import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync, Visitor } from "vite";
import { describe, expect, it } from "vitest";

/**
 * Every string a person reads goes through t(): this walks the syntax tree of each component
 * (.tsx, tests excluded) and fails on literal text in JSX and on literal user-facing attributes.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const USER_FACING_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "title",
  "placeholder",
  "alt",
  "label",
  "content",
]);
const HAS_WORDS = /\p{L}/u;

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : componentFiles(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}

/** The literal user-facing strings of a TSX source, as "line: text". */
function untranslated(path: string, source: string): string[] {
  const { program, errors } = parseSync(path, source, { lang: "tsx" });
  if (errors.length > 0) throw new Error(`${path}: ${errors[0]?.message}`);
  const found: string[] = [];
  const at = (offset: number) => source.slice(0, offset).split("\n").length;
  const wordy = (value: unknown): value is string => typeof value === "string" && HAS_WORDS.test(value);
  new Visitor({
    JSXText(node) {
      if (wordy(node.value)) found.push(`${at(node.start)}: ${node.value.trim()}`);
    },
    JSXAttribute(node) {
      if (node.name.type !== "JSXIdentifier" || !USER_FACING_ATTRIBUTES.has(node.name.name)) return;
      const value = node.value;
      const literal =
        value?.type === "Literal"
          ? value.value
          : value?.type === "JSXExpressionContainer" && value.expression.type === "Literal"
            ? value.expression.value
            : undefined;
      if (wordy(literal)) found.push(`${at(node.start)}: ${node.name.name}="${literal}"`);
    },
    JSXExpressionContainer(node) {
      // {"text"} as a child (attribute values are checked above, by name).
      if (node.expression.type === "Literal" && wordy(node.expression.value)) {
        found.push(`${at(node.start)}: {"${node.expression.value}"}`);
      }
    },
  }).visit(program);
  return found;
}

describe("user-facing text", () => {
  const files = componentFiles(SRC);

  it("is checked in every component", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(SRC, file), file]))("%s has none outside t()", (_name, file) => {
    expect(untranslated(file, readFileSync(file, "utf8"))).toEqual([]);
  });

  it("the check catches literal text, labels and string children", () => {
    const source = `export const A = () => <p title="Hello" className="x">Sign in {"now"} {t("ok")} 42</p>;`;
    expect(untranslated("probe.tsx", source)).toEqual(['1: title="Hello"', "1: Sign in", '1: {"now"}']);
  });
});

#!/usr/bin/env node
// Fails when a file tracked by git points at a document the repository does not hold: a relative
// Markdown link to a missing file, a `*.md` name that no tracked file has, or a path outside the
// repository. The repository must stand alone, so every reference has to resolve inside it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, normalize } from "node:path";

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const tracked = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => file && existsSync(join(root, file)));
const checked = tracked.filter((file) => /\.(md|ts|tsx|mjs|js|css|html|json|ya?ml)$/.test(file));
const mdNames = new Set(tracked.filter((file) => file.endsWith(".md")).map((file) => basename(file)));
// Names that are not documents of this repository (standard files and external projects).
const externalMdNames = new Set(["CHANGELOG.md", "LICENSE.md"]);

const outside = /(\.\.\/shared\b|\bshared\/reference\b|\/work\/|\/home\/|\/root\/)/;
const markdownLink = /\]\(([^)\s]+)\)/g;
const mdName = /(?<![\w/.-])([\w.-]+\.md)\b/g;

const problems = [];
for (const file of checked) {
  if (file === "scripts/check-references.mjs" || file === "pnpm-lock.yaml") continue;
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    if (outside.test(line)) problems.push(`${where}: points outside the repository: ${line.trim()}`);
    if (file.endsWith(".md")) {
      for (const [, target] of line.matchAll(markdownLink)) {
        if (/^([a-z]+:|#|mailto:)/i.test(target)) continue;
        const path = normalize(join(dirname(file), decodeURI(target.split("#")[0] ?? "")));
        if (!existsSync(join(root, path))) problems.push(`${where}: link to a missing file: ${target}`);
      }
    }
    for (const [, name] of line.matchAll(mdName)) {
      if (!mdNames.has(name) && !externalMdNames.has(name)) {
        problems.push(`${where}: names a document the repository does not hold: ${name}`);
      }
    }
  });
}

if (problems.length > 0) {
  process.stderr.write(`${problems.join("\n")}\n${problems.length} reference(s) do not resolve.\n`);
  process.exit(1);
}
process.stdout.write(`references: ${checked.length} files checked, all resolve\n`);

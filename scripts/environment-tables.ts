// Writes the README's configuration tables from each app's environment schema, or with `--check`
// fails when the README and the schemas disagree. Run `pnpm docs:environment` after changing a schema.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeEnvironment, environmentTable } from "@keyturn/app-config";
import { EnvSchema as BffEnv } from "../apps/bff/src/env.ts";
import { EnvSchema as DevIdpEnv } from "../apps/dev-idp/src/env.ts";
import { EnvSchema as EmulatorEnv } from "../apps/emulator/src/env.ts";

const README = path.join(import.meta.dirname, "..", "README.md");
const TABLES = { "dev-idp": DevIdpEnv, emulator: EmulatorEnv, bff: BffEnv };

function withTables(readme: string): string {
  let text = readme;
  for (const [app, schema] of Object.entries(TABLES)) {
    const start = `<!-- environment:${app} -->`;
    const end = `<!-- /environment:${app} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
    const table = environmentTable(describeEnvironment(schema));
    text = `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`;
  }
  return text;
}

const current = readFileSync(README, "utf8");
const generated = withTables(current);
if (process.argv.includes("--check")) {
  if (generated !== current) {
    process.stderr.write(
      "README.md's configuration tables differ from the schemas: run `pnpm docs:environment`\n",
    );
    process.exit(1);
  }
  process.stdout.write("environment tables: README.md matches the schemas\n");
} else {
  writeFileSync(README, generated);
  process.stdout.write("environment tables: README.md written\n");
}

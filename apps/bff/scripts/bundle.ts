import path from "node:path";
import { buildBundle } from "../src/ops/build-bundle.ts";

// `pnpm --filter @keyturn/bff bundle [--out <dir>] [--web build|built|none]`: the production bundle
// (src/ops/build-bundle.ts), by default in apps/bff/dist with the console built now.

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const web = arg("--web") ?? "build";
if (web !== "build" && web !== "built" && web !== "none") {
  process.stderr.write("--web takes build, built or none\n");
  process.exit(2);
}
const outDir = path.resolve(arg("--out") ?? path.join(import.meta.dirname, "..", "dist"));
buildBundle({ outDir, web, log: (line) => process.stdout.write(`bundle: ${line}\n`) }).catch(
  (err: unknown) => {
    process.stderr.write(`bundle failed: ${String(err)}\n`);
    process.exit(1);
  },
);

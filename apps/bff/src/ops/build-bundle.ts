import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";

const run = promisify(execFile);
const BFF = path.resolve(import.meta.dirname, "../..");
const REPO = path.resolve(BFF, "../..");

/**
 * Packages the server cannot carry inside its bundle, installed beside it: PGlite loads its WASM and
 * data files from its own folder (the embedded database, when DATABASE_URL is unset).
 */
const INSTALLED = ["@electric-sql/pglite"] as const;
/**
 * Packages the server reads files of at run time rather than imports: the API reference page's
 * browser build (features/docs/scalar-bundle.ts). Only those files are copied, not the package's
 * dependencies (a browser app the server never loads).
 */
const COPIED = { "@scalar/api-reference": ["package.json", "dist/index.js", "dist/browser/standalone.js"] };

export interface BundleOptions {
  /** Where the bundle goes (emptied first). */
  outDir: string;
  /** The console: built now, taken as already built in apps/web/dist, or left out (tests). */
  web: "build" | "built" | "none";
  log?: (line: string) => void;
}

/**
 * The production bundle: `server.js` and `doctor.js` (the BFF and its configuration check, with the
 * workspace packages, whose exports are TypeScript source, bundled in), `drizzle/` (the migrations),
 * `public/` (the console), and a package.json of the packages that cannot be bundled, installed
 * with `pnpm install --prod`. `NODE_ENV=production node server.js` runs it; nothing else is needed.
 */
export async function buildBundle(options: BundleOptions): Promise<void> {
  const out = path.resolve(options.outDir);
  const log = options.log ?? (() => {});
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  log("bundling the server and the doctor (esbuild)");
  await build({
    entryPoints: {
      server: path.join(BFF, "src/ops/server-entry.ts"),
      doctor: path.join(BFF, "src/ops/doctor-entry.ts"),
    },
    outdir: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    keepNames: true,
    legalComments: "linked",
    external: [...INSTALLED, ...Object.keys(COPIED)],
    // Bundled CommonJS packages call require() for Node's own modules; an ES module has none.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    logLevel: "warning",
  });

  log("copying the migrations");
  await cp(path.join(BFF, "drizzle"), path.join(out, "drizzle"), { recursive: true });

  if (options.web !== "none") {
    if (options.web === "build") {
      log("building the console (vite)");
      await run("pnpm", ["--filter", "@keyturn/web", "build"], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
    }
    await cp(path.join(REPO, "apps/web/dist"), path.join(out, "public"), { recursive: true });
  }

  log("installing the packages that are not bundled (pnpm install --prod)");
  const dependencies = Object.fromEntries(
    await Promise.all(INSTALLED.map(async (name) => [name, await versionOf(name)])),
  );
  const manifest = {
    name: "keyturn-bff",
    version: JSON.parse(await readFile(path.join(BFF, "package.json"), "utf8")).version as string,
    private: true,
    type: "module",
    engines: { node: ">=20.19" },
    scripts: { start: "node --enable-source-maps server.js", doctor: "node doctor.js" },
    dependencies,
  };
  await writeFile(path.join(out, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    "pnpm",
    [
      "install",
      "--prod",
      "--ignore-workspace",
      "--prefer-offline",
      "--config.node-linker=hoisted",
      "--reporter=silent",
    ],
    { cwd: out },
  );
  for (const [name, files] of Object.entries(COPIED)) {
    const from = packageDir(name);
    for (const file of files) {
      await mkdir(path.dirname(path.join(out, "node_modules", name, file)), { recursive: true });
      await cp(path.join(from, file), path.join(out, "node_modules", name, file));
    }
  }
  log(`bundle ready: ${out}`);
}

/** The folder of a direct dependency of the BFF (pnpm links each into the package's node_modules). */
function packageDir(name: string): string {
  return realpathSync(path.join(BFF, "node_modules", name));
}

/** The exact version installed here, so the bundle runs what the tests ran. */
async function versionOf(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packageDir(name), "package.json"), "utf8"));
  return (manifest as { version: string }).version;
}

import { gzipSync } from "node:zlib";
import type { Plugin, Rolldown } from "vite";

export interface Journey {
  /** Path suffixes of the lazy modules the journey loads before its first screen. */
  modules: string[];
  /** Its ceiling, gzipped, in KiB: the build fails above it. */
  maxKiB: number;
}

export interface BundleBudgetOptions {
  /** Budget for the JavaScript of `index.html` before its first render, gzipped, in KiB. */
  initialJsKiB: number;
  /** Screens reached through lazy chunks: the entry's initial JS plus what each loads before it shows. */
  journeys?: Record<string, Journey>;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Every chunk `roots` import statically, transitively (the roots included). */
function staticGraph(bundle: Rolldown.OutputBundle, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const fileName = queue.pop() as string;
    if (seen.has(fileName)) continue;
    seen.add(fileName);
    const next = bundle[fileName];
    if (next?.type === "chunk") queue.push(...next.imports);
  }
  return seen;
}

/** `node_modules/.pnpm/<pkg@v>/node_modules/@scope/name/…` → `@scope/name`; the app's own files → `(app)`. */
function packageOf(moduleId: string): string {
  const inModules = moduleId.split(/[\\/]node_modules[\\/]/).pop() as string;
  if (inModules === moduleId) return moduleId.includes("/packages/") ? "(workspace packages)" : "(app)";
  const [first, second] = inModules.split(/[\\/]/);
  return first?.startsWith("@") ? `${first}/${second}` : (first as string);
}

/**
 * What a journey is made of (`KEYTURN_BUNDLE_MODULES=1`): each package's share of the gzipped total
 * — each chunk's gzip size split among its modules by their rendered length, an estimate that adds up
 * to the total — and each chunk's modules with their rendered (unminified) length, largest first.
 */
function contentsReport(
  bundle: Rolldown.OutputBundle,
  files: Set<string>,
  sizeOf: (fileName: string) => number,
): string {
  const shareOf = new Map<string, number>();
  const chunkLines: string[] = [];
  for (const fileName of files) {
    const chunk = bundle[fileName];
    if (chunk?.type !== "chunk") continue;
    const modules = Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0);
    modules.sort(([, a], [, b]) => b.renderedLength - a.renderedLength);
    const rendered = modules.reduce((sum, [, module]) => sum + module.renderedLength, 0);
    chunkLines.push(`${fileName} ${kib(sizeOf(fileName))}`);
    for (const [id, module] of modules) {
      chunkLines.push(`  ${module.renderedLength} ${id}`);
      const share = (sizeOf(fileName) * module.renderedLength) / rendered;
      shareOf.set(packageOf(id), (shareOf.get(packageOf(id)) ?? 0) + share);
    }
  }
  const shares = [...shareOf].sort(([, a], [, b]) => b - a);
  return [
    "by package (estimated share of the gzipped total):",
    ...shares.map(([name, size]) => `  ${kib(size)} ${name}`),
    ...chunkLines,
  ].join("\n");
}

/**
 * Reports the "initial JS" of every HTML entry — its entry chunk plus every chunk it imports
 * statically (transitively), what the browser must fetch before the first render — and of each
 * journey: that plus the journey's lazy chunks and everything they import statically, so the chunks
 * of a screen behind sign-in count as much as the entry's. Fails the build when `index.html` or a
 * journey is over its budget — after the files are written, so a build over budget fails without
 * leaving `dist` empty (Vite empties it first). Each report lists the chunks, largest first.
 */
export function bundleBudget({ initialJsKiB, journeys = {} }: BundleBudgetOptions): Plugin {
  return {
    name: "keyturn:bundle-budget",
    apply: "build",
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (file): file is Rolldown.OutputChunk => file.type === "chunk",
      );
      const gzipped = new Map<string, number>();
      const sizeOf = (fileName: string) => {
        let size = gzipped.get(fileName);
        if (size === undefined) {
          const chunk = bundle[fileName];
          size = chunk?.type === "chunk" ? gzipSync(chunk.code).length : 0;
          gzipped.set(fileName, size);
        }
        return size;
      };
      const measure = (files: Set<string>) => {
        const sorted = [...files].sort((a, b) => sizeOf(b) - sizeOf(a));
        const total = sorted.reduce((sum, fileName) => sum + sizeOf(fileName), 0);
        const parts = sorted.map((fileName) => `${fileName} ${kib(sizeOf(fileName))}`).join(", ");
        return { total, summary: `${kib(total)} gzipped in ${files.size} chunks (${parts})` };
      };
      const pageOf = (chunk: Rolldown.OutputChunk) =>
        chunk.facadeModuleId?.split(/[\\/]/).pop() ?? chunk.name;
      const overBudget: string[] = [];

      for (const chunk of chunks.filter((candidate) => candidate.isEntry)) {
        const { total, summary } = measure(staticGraph(bundle, [chunk.fileName]));
        this.info(`initial JS of ${pageOf(chunk)}: ${summary}`);
        if (pageOf(chunk) === "index.html" && total > initialJsKiB * 1024) {
          overBudget.push(
            `initial JS of index.html is ${kib(total)} gzipped, over the ${initialJsKiB} KiB budget`,
          );
        }
      }

      const main = chunks.find((chunk) => chunk.isEntry && pageOf(chunk) === "index.html");
      for (const [journey, { modules, maxKiB }] of Object.entries(journeys)) {
        const roots = modules.map((suffix) => {
          const found = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(suffix));
          if (!found) this.error(`bundle budget: no chunk for ${suffix}`);
          return found.fileName;
        });
        const files = staticGraph(bundle, [...(main ? [main.fileName] : []), ...roots]);
        const { total, summary } = measure(files);
        this.info(`${journey} (initial JS + ${modules.join(" + ")}): ${summary}`);
        if (process.env.KEYTURN_BUNDLE_MODULES) this.info(contentsReport(bundle, files, sizeOf));
        if (total > maxKiB * 1024)
          overBudget.push(`${journey} is ${kib(total)} gzipped, over its ${maxKiB} KiB`);
      }
      if (overBudget.length > 0) this.error(overBudget.join("; "));
    },
  };
}

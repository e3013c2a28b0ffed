import { gzipSync } from "node:zlib";
import type { Plugin, Rolldown } from "vite";

export interface BundleBudgetOptions {
  /** Budget for the JavaScript of `index.html` before its first render, gzipped, in KiB. */
  initialJsKiB: number;
  /**
   * Other journeys to report: the entry's initial JS plus the lazy modules (path suffixes) that the
   * journey loads before its first screen. Reported, and warned about when over the budget.
   */
  journeys?: Record<string, string[]>;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Reports the "initial JS" of every HTML entry: its entry chunk plus every chunk it imports
 * statically (transitively) — what the browser must fetch before the first render; lazy chunks
 * are not counted. Fails the build when `index.html` is over the budget — after the files are
 * written, so a build over budget fails without leaving `dist` empty (Vite empties it first).
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
      const staticGraph = (roots: string[]) => {
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
      };
      const total = (files: Set<string>) => [...files].reduce((sum, fileName) => sum + sizeOf(fileName), 0);
      const pageOf = (chunk: Rolldown.OutputChunk) =>
        chunk.facadeModuleId?.split(/[\\/]/).pop() ?? chunk.name;

      for (const chunk of chunks.filter((candidate) => candidate.isEntry)) {
        const files = staticGraph([chunk.fileName]);
        const size = total(files);
        const parts = [...files].map((fileName) => `${fileName} ${kib(sizeOf(fileName))}`).join(", ");
        this.info(`initial JS of ${pageOf(chunk)}: ${kib(size)} gzipped in ${files.size} chunks (${parts})`);
        if (pageOf(chunk) === "index.html" && size > initialJsKiB * 1024) {
          this.error(`initial JS of index.html is ${kib(size)} gzipped, over the ${initialJsKiB} KiB budget`);
        }
      }

      const main = chunks.find((chunk) => chunk.isEntry && pageOf(chunk) === "index.html");
      for (const [journey, modules] of Object.entries(journeys)) {
        const roots = modules.map((suffix) => {
          const found = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(suffix));
          if (!found) this.error(`bundle budget: no chunk for ${suffix}`);
          return found.fileName;
        });
        const size = total(staticGraph([...(main ? [main.fileName] : []), ...roots]));
        const message = `${journey}: ${kib(size)} gzipped (initial JS + ${modules.join(" + ")})`;
        if (size > initialJsKiB * 1024) this.warn(`${message}, over the ${initialJsKiB} KiB budget`);
        else this.info(message);
      }
    },
  };
}

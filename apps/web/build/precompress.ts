import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PrecompressOptions {
  /** Files smaller than this are left alone: a compressed copy saves less than its headers cost. */
  minBytes?: number;
}

/** Text the browser fetches; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of
 * the build, once, at build time — the BFF sends the copy the browser takes (Content-Encoding) and
 * never compresses a file per request. A copy that would not be smaller is not written.
 */
export function precompress({ minBytes = 1024 }: PrecompressOptions = {}): Plugin {
  let outDir = "";
  return {
    name: "keyturn:precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((file) => COMPRESSIBLE.test(file));
      let written = 0;
      let before = 0;
      let afterBrotli = 0;
      let afterGzip = 0;
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(file);
          if (content.length < minBytes) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          written += 1;
          before += content.length;
          if (br.length < content.length) await writeFile(`${file}.br`, br);
          if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
          afterBrotli += Math.min(br.length, content.length);
          afterGzip += Math.min(gz.length, content.length);
        }),
      );
      const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
      this.info(
        `precompressed ${written} files, ${kib(before)}: ${kib(afterBrotli)} brotli, ${kib(afterGzip)} gzip`,
      );
    },
  };
}

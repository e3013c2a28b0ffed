import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

// The package's entry is dist/index.js: the browser build sits beside it, its manifest above.
const DIST = path.dirname(createRequire(import.meta.url).resolve("@scalar/api-reference"));
const { version } = JSON.parse(readFileSync(path.join(DIST, "..", "package.json"), "utf8")) as {
  version: string;
};

/** The name carries the (exactly pinned) version, so the bundle can be cached for good. */
export const BUNDLE_FILE = `scalar-api-reference-${version}.js`;
export const BUNDLE_URL = `/api/docs/${BUNDLE_FILE}`;

type Bytes = Uint8Array<ArrayBuffer>;

export interface ScalarBundle {
  /** The single-file browser build (registers `window.Scalar`), read on first use. */
  plain(): Promise<Bytes>;
  /** The same, gzipped once on first use (about 4.9 MB → 1.4 MB). */
  gzipped(): Promise<Bytes>;
}

export function scalarBundle(): ScalarBundle {
  let plain: Promise<Bytes> | undefined;
  let gzipped: Promise<Bytes> | undefined;
  // Both buffers own a fresh ArrayBuffer (never a shared one), which is what a response body takes.
  const read = () => {
    plain ??= readFile(path.join(DIST, "browser", "standalone.js")) as Promise<Bytes>;
    return plain;
  };
  return {
    plain: read,
    gzipped: () => {
      gzipped ??= read().then((bytes) => promisify(gzip)(bytes) as Promise<Bytes>);
      return gzipped;
    },
  };
}

/** Whether an Accept-Encoding header takes gzip (listed, and not with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((entry) => {
    const [name, ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    return name === "gzip" && (q === undefined || Number(q.slice(2)) > 0);
  });
}

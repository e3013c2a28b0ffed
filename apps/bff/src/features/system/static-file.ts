import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Context } from "hono";
import { getMimeType } from "hono/utils/mime";
import { CODING_SUFFIX, CODINGS, type Coding, chooseCoding } from "./content-coding.ts";

/** Hashed build output: its name changes with its content, so a copy never goes stale. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (index.html above all) is checked with the server before each use. */
export const REVALIDATE = "no-cache";

const statOrUndefined = (file: string) => stat(file).catch(() => undefined);

/**
 * The answer for `file` (inside the build folder), or undefined when there is no such file: the
 * precompressed copy the client accepts best (`.br`, `.gz`, written by the build) with
 * `Content-Encoding`, else the file itself; `Vary: Accept-Encoding` whenever copies exist, so a
 * shared cache keeps the variants apart; a validator per variant, answered with 304 when it matches.
 */
export async function fileAnswer(
  c: Context,
  file: string,
  cacheControl: string,
): Promise<Response | undefined> {
  const original = await statOrUndefined(file);
  if (!original?.isFile()) return undefined;
  const variants = await Promise.all(
    CODINGS.map(async (coding) => ({ coding, stats: await statOrUndefined(file + CODING_SUFFIX[coding]) })),
  );
  const available = variants.filter((v) => v.stats?.isFile()).map((v) => v.coding);
  const coding: Coding | undefined = chooseCoding(c.req.header("Accept-Encoding"), available);
  const served = coding ? file + CODING_SUFFIX[coding] : file;
  const stats = coding ? variants.find((v) => v.coding === coding)?.stats : original;
  if (!stats) return undefined;

  const etag = `W/"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}${coding ? `-${coding}` : ""}"`;
  const headers: Record<string, string> = {
    "Content-Type": getMimeType(path.basename(file)) ?? "application/octet-stream",
    "Cache-Control": cacheControl,
    ETag: etag,
    "Last-Modified": stats.mtime.toUTCString(),
  };
  if (available.length > 0) headers.Vary = "Accept-Encoding";
  if (coding) headers["Content-Encoding"] = coding;
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim() === etag)) return c.body(null, 304, headers);
  headers["Content-Length"] = String(stats.size);
  const body = await readFile(served); // its own memory, never shared: no copy needed
  return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), 200, headers);
}

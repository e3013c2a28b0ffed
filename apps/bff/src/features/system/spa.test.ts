import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { createTestApp } from "../../../test/support/test-app.ts";

// A build as the console's writes it: hashed assets with their .br and .gz copies, index.html with
// its copies, a small public file without any.
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"deployment-${i}"`).join(",")}];\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/main-Ab12Cd34.js"></script></head><body><div id="root"></div>${" ".repeat(2000)}</body></html>`;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg"/>`;
const BROWSER = "gzip, deflate, br, zstd";

let db: TestDatabase;
let dir: string;
let app: ReturnType<typeof createTestApp>["app"];

async function writeWithCopies(file: string, text: string) {
  await writeFile(file, text);
  await writeFile(`${file}.br`, brotliCompressSync(text));
  await writeFile(`${file}.gz`, gzipSync(text));
}

beforeAll(async () => {
  db = await openPglite();
  dir = await mkdtemp(path.join(tmpdir(), "keyturn-spa-"));
  await mkdir(path.join(dir, "assets"));
  await writeWithCopies(path.join(dir, "assets", "main-Ab12Cd34.js"), SCRIPT);
  await writeWithCopies(path.join(dir, "index.html"), INDEX);
  await writeFile(path.join(dir, "favicon.svg"), ICON);
  ({ app } = createTestApp({ db, env: { KEYTURN_MODE: "development", KEYTURN_WEB_DIST_DIR: dir } }));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (pathname: string, headers: Record<string, string> = {}, method = "GET") =>
  app.request(pathname, { method, headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("the console's files", () => {
  it("sends a hashed asset as brotli to a browser, cached for a year", async () => {
    const response = await get("/assets/main-Ab12Cd34.js", { "Accept-Encoding": BROWSER });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const body = await bytes(response);
    expect(response.headers.get("content-length")).toBe(String(body.length));
    expect(body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
    // The policy of every answer still applies to the files.
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("sends gzip to a client that takes only gzip, or refuses brotli", async () => {
    for (const accept of ["gzip", "br;q=0, gzip;q=0.5", "deflate, gzip;q=0.4, br;q=0.2"]) {
      const response = await get("/assets/main-Ab12Cd34.js", { "Accept-Encoding": accept });
      expect(response.headers.get("content-encoding"), accept).toBe("gzip");
      expect(gunzipSync(await bytes(response)).toString()).toBe(SCRIPT);
    }
  });

  it("sends the file as it is without Accept-Encoding, still varying on it", async () => {
    for (const headers of [{}, { "Accept-Encoding": "identity" }, { "Accept-Encoding": "*;q=0" }] as Record<
      string,
      string
    >[]) {
      const response = await get("/assets/main-Ab12Cd34.js", headers);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("vary")).toBe("Accept-Encoding");
      expect((await bytes(response)).toString()).toBe(SCRIPT);
    }
  });

  it("answers a client-side route with index.html, revalidated on each use, 304 when unchanged", async () => {
    const response = await get("/deployments/ws-prod/fraud-scorer", { "Accept-Encoding": BROWSER });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(brotliDecompressSync(await bytes(response)).toString()).toBe(INDEX);

    const etag = response.headers.get("etag") as string;
    const again = await get("/inventory", { "Accept-Encoding": BROWSER, "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe("no-cache");
    expect(await again.text()).toBe("");
    // Another coding is another representation: its own validator, so no 304 across codings.
    const gzip = await get("/inventory", { "Accept-Encoding": "gzip", "If-None-Match": etag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get("etag")).not.toBe(etag);
  });

  it("sends a file without copies as it is, without Vary, revalidated", async () => {
    const response = await get("/favicon.svg", { "Accept-Encoding": BROWSER });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("vary")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe(ICON);
  });

  it("answers HEAD with the headers of the variant and no body", async () => {
    const response = await get("/assets/main-Ab12Cd34.js", { "Accept-Encoding": "gzip" }, "HEAD");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(Number(response.headers.get("content-length"))).toBe(gzipSync(SCRIPT).length);
    expect((await bytes(response)).length).toBe(0);
  });

  it("answers 404 for a missing asset and for paths that would leave the build", async () => {
    for (const pathname of [
      "/assets/main-missing.js",
      "/assets/..%2f..%2fetc%2fpasswd",
      "/%2e%2e/secret.txt",
    ]) {
      const response = await get(pathname, { "Accept-Encoding": BROWSER });
      expect(response.status, pathname).toBe(404);
      expect(response.headers.get("content-type"), pathname).toContain("application/problem+json");
    }
  });
});

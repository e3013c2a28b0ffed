import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { compressReads } from "./compress-reads.ts";

const ROWS = Array.from({ length: 200 }, (_, i) => ({ workspace: "ws-prod", name: `deployment-${i}` }));
const GZIP = { "Accept-Encoding": "gzip, deflate, br" };
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("compressReads", () => {
  const app = new Hono()
    .use(compressReads())
    .get("/rows", (c) => c.json({ rows: ROWS }))
    .get("/versioned", (c) => c.json({ rows: ROWS }, 200, { ETag: '"v7"', "Cache-Control": "no-store" }))
    .get("/problem", (c) =>
      c.body(JSON.stringify({ detail: "x".repeat(2000) }), 404, {
        "Content-Type": "application/problem+json",
      }),
    )
    .get("/export.csv", (c) =>
      c.body("a,b\n".repeat(1000), 200, { "Content-Type": "text/csv; charset=utf-8" }),
    )
    .post("/reveal", (c) => c.json({ value: "k".repeat(40), echoed: "y".repeat(2000) }));

  it("gzips a JSON answer to a read, varying on Accept-Encoding", async () => {
    const response = await app.request("/rows", { headers: GZIP });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(JSON.parse(gunzipSync(await bytes(response)).toString())).toEqual({ rows: ROWS });
    const problem = await app.request("/problem", { headers: GZIP });
    expect(problem.headers.get("content-encoding")).toBe("gzip");
  });

  it("leaves an answer with an ETag as it is, so its strong ETag can come back in If-Match", async () => {
    const response = await app.request("/versioned", { headers: GZIP });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("etag")).toBe('"v7"');
    expect(await response.json()).toEqual({ rows: ROWS });
  });

  it("sends JSON as it is to a client that takes no gzip", async () => {
    for (const headers of [{}, { "Accept-Encoding": "br" }, { "Accept-Encoding": "gzip;q=0" }] as Record<
      string,
      string
    >[]) {
      const response = await app.request("/rows", { headers });
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(await response.json()).toEqual({ rows: ROWS });
    }
  });

  it("never compresses the answer to a POST (where secrets are answered) nor a streamed export", async () => {
    const reveal = await app.request("/reveal", { method: "POST", headers: GZIP });
    expect(reveal.headers.get("content-encoding")).toBeNull();
    expect(await reveal.json()).toMatchObject({ value: "k".repeat(40) });
    const csv = await app.request("/export.csv", { headers: GZIP });
    expect(csv.headers.get("content-encoding")).toBeNull();
  });
});

describe("the app compresses its JSON reads", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openPglite();
  });
  afterAll(() => db.close());

  it("gzips the OpenAPI document for a client that takes gzip, and not the answer to a POST", async () => {
    const { app } = createTestApp({ db });
    const plain = await app.request("/api/openapi.json");
    const gzipped = await app.request("/api/openapi.json", { headers: GZIP });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const body = await bytes(gzipped);
    expect(JSON.parse(gunzipSync(body).toString())).toEqual(await plain.json());

    const post = await app.request("/api/deployments/ws-prod/fraud-scorer/keys/primary/reveal", {
      method: "POST",
      headers: GZIP,
    });
    expect(post.status).toBe(401);
    expect(post.headers.get("content-encoding")).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { bearer, createTestApp } from "../../../test/support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../../../test/support/test-issuer.ts";
import { PERMISSION_EXTENSION } from "../define-route.ts";

let db: TestDatabase;
let issuer: TestIssuer;
beforeAll(async () => {
  [db, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
});
afterAll(() => db.close());

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

describe("GET /api/openapi.json", () => {
  it("is public OpenAPI 3.1 with a bearer scheme; every operation declares its permission", async () => {
    const { app } = createTestApp({ db, issuer });
    const response = await app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Doc;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Problem).toBeDefined();
    const me = doc.paths["/api/me"]?.get;
    expect(me?.[PERMISSION_EXTENSION]).toBe("authenticated");
    expect(me?.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(me?.responses as object)).toEqual(expect.arrayContaining(["200", "401", "429"]));
    expect(doc.paths["/api/openapi.json"]?.get?.security).toEqual([]);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(operation[PERMISSION_EXTENSION], `${method} ${path}`).toBeTypeOf("string");
      }
    }
  });
});

describe("GET /api/docs", () => {
  it("serves a static page with no inline script under the strict CSP, and its assets", async () => {
    const { app } = createTestApp({ db, issuer });
    const page = await app.request("/api/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/api/docs/docs.js"></script>');
    expect(html.match(/<script[^>]*>[^<]+<\/script>/)).toBeNull();
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const script = await app.request("/api/docs/docs.js");
    expect(script.headers.get("content-type")).toContain("text/javascript");
    const code = await script.text();
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect((await app.request("/api/docs/docs.css")).status).toBe(200);
    expect((await app.request("/api/docs/other.js")).status).toBe(400);
  });

  it("does not open other routes: public paths are matched exactly", async () => {
    const { app } = createTestApp({ db, issuer });
    expect((await app.request("/api/docs/docs.js/../../me")).status).not.toBe(200);
    expect((await app.request("/api/openapi.json/")).status).toBe(401);
    expect((await app.request("/api/me", { headers: bearer("x.y.z") })).status).toBe(401);
  });
});

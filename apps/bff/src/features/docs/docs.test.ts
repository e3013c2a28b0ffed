import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { pgliteAndIssuer } from "../../../test/support/pglite-issuer.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { typedClient } from "../../../test/support/typed-client.ts";
import { securityHeaders } from "../../middleware/security-headers.ts";
import { PERMISSION_EXTENSION } from "../../routing/define-route.ts";
import { BUNDLE_FILE, BUNDLE_URL } from "./scalar-bundle.ts";

const f = pgliteAndIssuer();

/** The docs routes (`/api/docs…`, `/api/openapi.json`) of a fresh app, through the typed client. */
const docsApi = () => typedClient(createTestApp(f).app).api;
const bundle = (api: ReturnType<typeof docsApi>, acceptEncoding: string) =>
  api.docs[":file"].$get(
    { param: { file: BUNDLE_FILE } },
    { headers: { "Accept-Encoding": acceptEncoding } },
  );

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

const directives = (csp: string | null) =>
  new Map(
    (csp ?? "").split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe("GET /api/openapi.json", () => {
  it("is public OpenAPI 3.1 with a bearer scheme; every operation declares its permission", async () => {
    const response = await docsApi()["openapi.json"].$get();
    expect(response.status).toBe(200);
    const doc = JSON.parse(await response.text()) as Doc;
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
  it("is Scalar's page, referring only to this origin, its one inline script allowed by hash", async () => {
    const page = await docsApi().docs.$get();
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain(`<script src="${BUNDLE_URL}"></script>`);
    expect(html).toContain("Scalar.createApiReference('#app'");
    expect(html).not.toMatch(/\b(https?:)?\/\/[a-z0-9]/i); // no absolute or protocol-relative URL at all
    for (const [, url] of html.matchAll(/\b(?:src|href|url)"?\s*[=:]\s*"([^"]*)"/g))
      expect(url, "a same-origin path").toMatch(/^\/(?!\/)/);
    // Nothing that calls Scalar's services: fonts, telemetry, the agent, MCP, the developer toolbar, the proxy.
    expect(html).toMatch(/"withDefaultFonts": false/);
    expect(html).toMatch(/"telemetry": false/);
    expect(html).toMatch(/"agent": \{\s*"disabled": true/);
    expect(html).toMatch(/"mcp": \{\s*"disabled": true/);
    expect(html).toMatch(/"showDeveloperTools": "never"/);
    expect(html).not.toMatch(/proxy/i);

    const csp = directives(page.headers.get("content-security-policy"));
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256")
      .update(inline[0]?.[1] ?? "")
      .digest("base64");
    expect(csp.get("script-src")).toEqual(["'self'", `'sha256-${hash}'`]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    for (const values of csp.values())
      for (const value of values) expect(value).not.toMatch(/^(https?:|\*|blob:)/);
  });

  it("serves the self-hosted bundle as JavaScript, gzipped when accepted, cached for good", async () => {
    const api = docsApi();
    const plain = await bundle(api, "identity");
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(plain.headers.get("content-encoding")).toBeNull();
    // The script itself is under the strict policy, like every answer but the page.
    expect(directives(plain.headers.get("content-security-policy")).get("require-trusted-types-for")).toEqual(
      ["'script'"],
    );
    const code = Buffer.from(await plain.arrayBuffer());
    expect(code.toString("utf8", 0, 2_000_000)).toContain("createApiReference");

    const zipped = await bundle(api, "gzip, br");
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).equals(code)).toBe(true);
    const refused = await bundle(api, "gzip;q=0");
    expect(refused.headers.get("content-encoding")).toBeNull();

    for (const file of ["standalone.js", "docs.js"]) {
      expect((await api.docs[":file"].$get({ param: { file } })).status).toBe(400);
    }
  });

  it("does not open other routes: public paths are matched exactly", async () => {
    const { app } = createTestApp(f);
    // Raw paths: dot segments and a trailing slash are what is tried here, no route's path.
    expect((await app.request(`${BUNDLE_URL}/../../me`)).status).not.toBe(200);
    expect((await app.request("/api/openapi.json/")).status).toBe(401);
    expect((await typedClient(app, { token: () => "x.y.z" }).api.me.$get()).status).toBe(401);
  });
});

describe("the docs page's CSP exception", () => {
  const loose = "default-src *; script-src * 'unsafe-inline' 'unsafe-eval'";
  const appWith = (production: boolean) =>
    new Hono()
      .use(securityHeaders({ production, connectSrc: ["https://idp.test"] }))
      .get("/api/docs", (c) => c.html("", 200, { "Content-Security-Policy": loose }))
      .get("/api/me", (c) => c.html("", 200, { "Content-Security-Policy": loose }))
      .get("/api/docs/x", (c) => c.html("", 200, { "Content-Security-Policy": loose }));

  // A stand-in app built here (not the BFF's routes): its requests name the docs page's neighbours.
  it("keeps a handler's own policy on the docs page alone; everywhere else the strict one wins", async () => {
    const app = appWith(false);
    expect((await app.request("/api/docs")).headers.get("content-security-policy")).toBe(loose);
    for (const path of ["/api/me", "/api/docs/x", "/api/docs/"]) {
      const csp = (await app.request(path)).headers.get("content-security-policy");
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("require-trusted-types-for 'script'");
    }
  });

  it("still upgrades insecure requests in production", async () => {
    const csp = (await appWith(true).request("/api/docs")).headers.get("content-security-policy");
    expect(csp).toBe(`${loose}; upgrade-insecure-requests`);
  });
});

import { hasPermission, type Permission } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { PERMISSION_EXTENSION } from "../../src/routing/define-route.ts";
import { type Operation, operations } from "../support/openapi-operations.ts";
import { pgliteAndIssuer } from "../support/pglite-issuer.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import { PERSONA_NAMES, persona } from "../support/test-issuer.ts";
import { createExampleRouter } from "../support/test-routes.ts";

// The role × route matrix (security.md, property 10), generated from the OpenAPI document and the
// permission table: allowed → 2xx or 4xx-by-input, denied → 403, no token → 401. New routes join the
// matrix by being declared with defineRoute; a route mounted any other way fails the first test.

const f = pgliteAndIssuer();

function buildApp() {
  const { app } = createTestApp({ ...f, env: { KEYTURN_RATE_LIMIT_BURST: "10000" } });
  return app.route("/api", createExampleRouter());
}

/** A concrete URL for an OpenAPI path: enum parameters take their first value, others "sample". */
function urlFor(path: string, op: Operation): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = op.parameters?.find((p) => p.in === "path" && p.name === name);
    const first = (parameter?.schema?.enum as string[] | undefined)?.[0];
    return encodeURIComponent(first ?? "sample");
  });
}

describe("role × route matrix", () => {
  it("every /api route is an OpenAPI operation that declares its permission", async () => {
    const app = buildApp();
    const declared = new Set((await operations(app)).map(({ method, path }) => `${method} ${path}`));
    const mounted = app.routes
      .filter((r) => r.method !== "ALL" && r.path.startsWith("/api"))
      .map((r) => `${r.method} ${r.path.replace(/:([^/]+)/g, "{$1}")}`);
    for (const route of new Set(mounted)) expect(declared, route).toContain(route);
    for (const { method, path, op } of await operations(app)) {
      expect(op[PERMISSION_EXTENSION], `${method} ${path}`).toBeTypeOf("string");
    }
  });

  it("every JSON request body is a strict object (unknown fields are rejected)", async () => {
    const app = buildApp();
    const bodies = (await operations(app)).flatMap(({ method, path, op, resolve }) => {
      return Object.values(op.requestBody?.content ?? {}).map((media) => ({
        label: `${method} ${path}`,
        schema: resolve(media.schema),
      }));
    });
    expect(bodies.length).toBeGreaterThan(0);
    for (const { label, schema } of bodies) {
      expect(schema?.type, label).toBe("object");
      expect(schema?.additionalProperties, label).toBe(false);
    }
  });

  it("allows, denies (403) and challenges (401) exactly as the permission table says", async () => {
    const app = buildApp();
    const tokens = Object.fromEntries(
      await Promise.all(PERSONA_NAMES.map(async (name) => [name, await f.issuer.tokenFor(name)] as const)),
    );
    const results: string[] = [];
    for (const { method, path, op } of await operations(app)) {
      const permission = op[PERMISSION_EXTENSION] as Permission | "authenticated" | "public";
      const url = urlFor(path, op);
      // A change that declares If-Match gets one (a stale one), so the call goes past the 428.
      const ifMatch = op.parameters?.some((p) => p.in === "header" && p.name.toLowerCase() === "if-match");
      const init = (headers: Record<string, string>) => ({
        method,
        headers: {
          ...headers,
          ...(op.requestBody ? { "Content-Type": "application/json" } : {}),
          ...(ifMatch ? { "If-Match": '"sample"' } : {}),
        },
        ...(op.requestBody ? { body: "{}" } : {}),
      });
      const anonymous = await app.request(url, init({}));
      if (permission === "public") {
        expect(anonymous.status, `${method} ${path} anonymous`).toBeLessThan(400);
        continue;
      }
      expect(anonymous.status, `${method} ${path} without a token`).toBe(401);
      for (const name of PERSONA_NAMES) {
        const roles = persona(name).roles;
        const allowed = permission === "authenticated" || hasPermission(roles, permission);
        const response = await app.request(url, init(bearer(tokens[name] as string)));
        const label = `${method} ${path} as ${name} (${roles.join(",") || "no role"})`;
        if (allowed) {
          expect(response.status, label).toBeLessThan(500);
          expect([401, 403], label).not.toContain(response.status);
        } else {
          expect(response.status, label).toBe(403);
        }
        results.push(`${label}: ${response.status}`);
      }
    }
    expect(results.length).toBeGreaterThan(PERSONA_NAMES.length * 3);
  });
});

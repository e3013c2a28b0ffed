import { MeSchema } from "@keyturn/api-contract";
import { PERMISSION_MATRIX, permissionsOf } from "@keyturn/auth-domain";
import { testClient } from "hono/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { bearer, createTestApp } from "../../../test/support/test-app.ts";
import {
  createTestIssuer,
  PERSONA_NAMES,
  persona,
  type TestIssuer,
} from "../../../test/support/test-issuer.ts";

let db: TestDatabase;
let issuer: TestIssuer;
beforeAll(async () => {
  [db, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
});
afterAll(() => db.close());

describe("GET /api/me", () => {
  it.each(PERSONA_NAMES)("tells %s who they are, with the permissions of their roles", async (name) => {
    const { app } = createTestApp({ db, issuer });
    const response = await app.request("/api/me", { headers: bearer(await issuer.tokenFor(name)) });
    expect(response.status).toBe(200);
    const me = MeSchema.parse(await response.json());
    const p = persona(name);
    expect(me).toMatchObject({
      oid: p.oid,
      tid: p.tid,
      name: p.name,
      username: p.email,
      roles: [...p.roles],
    });
    expect(me.permissions).toEqual(permissionsOf(p.roles));
    expect(me.authTime).toMatch(/Z$/);
  });

  it("lists only roles this version knows; unknown roles grant nothing beyond the signed-in baseline", async () => {
    const { app } = createTestApp({ db, issuer });
    const token = await issuer.tokenFor("norole", { roles: ["SuperAdmin", "admin"] });
    const me = MeSchema.parse(await (await app.request("/api/me", { headers: bearer(token) })).json());
    expect(me.roles).toEqual([]);
    expect(me.permissions).toEqual(["inventory:read"]);
    expect(PERMISSION_MATRIX["settings:admin"]).toEqual(["Admin"]);
  });

  it("needs a token: 401 with a Bearer challenge", async () => {
    const { app } = createTestApp({ db, issuer });
    const response = await app.request("/api/me");
    await expectProblem(response, 401, "unauthenticated");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="keyturn"');
  });

  it("ignores identity headers: only the verified token counts", async () => {
    const { app } = createTestApp({ db, issuer });
    const admin = persona("admin");
    const spoof = {
      "X-User-Id": admin.oid,
      "X-User-Roles": "Admin",
      "X-Forwarded-User": admin.email,
      "X-Ms-Client-Principal-Name": admin.email,
      "X-Remote-User": admin.email,
    };
    await expectProblem(await app.request("/api/me", { headers: spoof }), 401, "unauthenticated");
    const token = await issuer.tokenFor("norole");
    const me = MeSchema.parse(
      await (await app.request("/api/me", { headers: { ...spoof, ...bearer(token) } })).json(),
    );
    expect(me.oid).toBe(persona("norole").oid);
    expect(me.roles).toEqual([]);
  });

  it("is reachable through the typed client", async () => {
    const { app } = createTestApp({ db, issuer });
    const client = testClient(app);
    const response = await client.api.me.$get(undefined, { headers: bearer(await issuer.tokenFor("lead")) });
    expect(response.status).toBe(200);
    if (response.status === 200) expect((await response.json()).roles).toEqual(["Auditor"]);
  });
});

import { MeSchema } from "@keyturn/api-contract";
import { PERMISSION_MATRIX, permissionsOf } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { pgliteAndIssuer } from "../../../test/support/pglite-issuer.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { PERSONA_NAMES, persona } from "../../../test/support/test-issuer.ts";
import { clientAs, typedClient } from "../../../test/support/typed-client.ts";

const f = pgliteAndIssuer();

describe("GET /api/me", () => {
  it.each(PERSONA_NAMES)("tells %s who they are, with the permissions of their roles", async (name) => {
    const { app } = createTestApp(f);
    const response = await clientAs(app, f.issuer, name).api.me.$get();
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
    const { app } = createTestApp(f);
    const client = clientAs(app, f.issuer, "norole", { roles: ["SuperAdmin", "admin"] });
    const me = MeSchema.parse(await (await client.api.me.$get()).json());
    expect(me.roles).toEqual([]);
    expect(me.permissions).toEqual(["inventory:read"]);
    expect(PERMISSION_MATRIX["settings:admin"]).toEqual(["Admin"]);
  });

  it("needs a token: 401 with a Bearer challenge", async () => {
    const { app } = createTestApp(f);
    const response = await typedClient(app).api.me.$get();
    await expectProblem(response, 401, "unauthenticated");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="keyturn"');
  });

  it("ignores identity headers: only the verified token counts", async () => {
    const { app } = createTestApp(f);
    const admin = persona("admin");
    const spoof = {
      "X-User-Id": admin.oid,
      "X-User-Roles": "Admin",
      "X-Forwarded-User": admin.email,
      "X-Ms-Client-Principal-Name": admin.email,
      "X-Remote-User": admin.email,
    };
    await expectProblem(
      await typedClient(app).api.me.$get(undefined, { headers: spoof }),
      401,
      "unauthenticated",
    );
    const norole = clientAs(app, f.issuer, "norole");
    const me = MeSchema.parse(await (await norole.api.me.$get(undefined, { headers: spoof })).json());
    expect(me.oid).toBe(persona("norole").oid);
    expect(me.roles).toEqual([]);
  });

  it("types the answer by its status: a 200's body is the Me payload", async () => {
    const { app } = createTestApp(f);
    const response = await clientAs(app, f.issuer, "lead").api.me.$get();
    expect(response.status).toBe(200);
    if (response.status === 200) expect((await response.json()).roles).toEqual(["Auditor"]);
  });
});

import { MeSchema } from "@keyturn/api-contract";
import { PERMISSION_MATRIX, permissionsOf } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import {
  createTestIssuer,
  PERSONA_NAMES,
  persona,
  type TestIssuer,
} from "../../../test/support/test-issuer.ts";
import { clientAs, typedClient } from "../../../test/support/typed-client.ts";

let db: TestDatabase;
let issuer: TestIssuer;
beforeAll(async () => {
  [db, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
});
afterAll(() => db.close());

describe("GET /api/me", () => {
  it.each(PERSONA_NAMES)("tells %s who they are, with the permissions of their roles", async (name) => {
    const { app } = createTestApp({ db, issuer });
    const response = await clientAs(app, issuer, name).api.me.$get();
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
    const client = clientAs(app, issuer, "norole", { roles: ["SuperAdmin", "admin"] });
    const me = MeSchema.parse(await (await client.api.me.$get()).json());
    expect(me.roles).toEqual([]);
    expect(me.permissions).toEqual(["inventory:read"]);
    expect(PERMISSION_MATRIX["settings:admin"]).toEqual(["Admin"]);
  });

  it("needs a token: 401 with a Bearer challenge", async () => {
    const { app } = createTestApp({ db, issuer });
    const response = await typedClient(app).api.me.$get();
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
    await expectProblem(
      await typedClient(app).api.me.$get(undefined, { headers: spoof }),
      401,
      "unauthenticated",
    );
    const norole = clientAs(app, issuer, "norole");
    const me = MeSchema.parse(await (await norole.api.me.$get(undefined, { headers: spoof })).json());
    expect(me.oid).toBe(persona("norole").oid);
    expect(me.roles).toEqual([]);
  });

  it("types the answer by its status: a 200's body is the Me payload", async () => {
    const { app } = createTestApp({ db, issuer });
    const response = await clientAs(app, issuer, "lead").api.me.$get();
    expect(response.status).toBe(200);
    if (response.status === 200) expect((await response.json()).roles).toEqual(["Auditor"]);
  });
});

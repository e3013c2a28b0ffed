import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { verifyChain } from "../../src/features/audit/audit-chain.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";

// Every denied attempt is recorded, whatever it asked for: the path is refused before it is validated,
// so the record holds a safe rendering of it (controls escaped, bounded), never a failed insert.

describe.each(DB_KINDS)("denied attempts with odd input on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>["app"];
  let log: ReturnType<typeof createTestApp>["log"];
  const rows = () => t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
  const reveal = async (path: string) =>
    app.request(`/api/deployments/${path}/keys/primary/reveal`, {
      method: "POST",
      headers: bearer(await issuer.tokenFor("lead")),
    });

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    ({ app, log } = createTestApp({ db: t, issuer }));
    // The sign-in's own record first, so that each test reads only its attempt's.
    expect((await app.request("/api/me", { headers: bearer(await issuer.tokenFor("lead")) })).status).toBe(
      200,
    );
  });
  afterAll(() => t?.close());

  it("NUL, a newline and a lone surrogate's encoding in the path: 403 and one record showing them", async () => {
    const before = (await rows()).length;
    // Lead may not reveal; `%ED%A0%80` is a lone surrogate's UTF-8 form, which decodes to nothing.
    await expectProblem(await reveal("ws%00x%0A/dep%ED%A0%80y"), 403, "forbidden");
    const added = (await rows()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      action: "key.reveal",
      outcome: "denied",
      targetWorkspace: "ws\\u0000x\\u000a",
      targetDeployment: "dep%ED%A0%80y",
      targetKeyType: "Primary",
    });
    expect(log.lines.filter((l) => String(l.msg).includes("not recorded"))).toEqual([]);
    expect(verifyChain(await rows()).ok).toBe(true);
  });

  it("a long name is bounded and marked as cut", async () => {
    const before = (await rows()).length;
    await expectProblem(await reveal(`${"%00".repeat(150)}/${"d".repeat(300)}`), 403, "forbidden");
    const [record] = (await rows()).slice(before);
    expect(record?.targetWorkspace).toBe(`${"\\u0000".repeat(33)}…`);
    expect(record?.targetDeployment).toBe(`${"d".repeat(199)}…`);
  });
});

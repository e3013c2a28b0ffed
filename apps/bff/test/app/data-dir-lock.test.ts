import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BffProcess, bffEnv, serveJwks, spawnBff } from "../support/bff-process.ts";
import { bearer } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";

// Two processes on one PGlite folder lost confirmed writes and could leave it unopenable: the folder
// is locked to one process, a second is refused at once, and a SIGKILLed holder's lock is taken over.

let issuer: TestIssuer;
let jwks: Awaited<ReturnType<typeof serveJwks>>;
let dataDir: string;
const running: BffProcess[] = [];

beforeAll(async () => {
  issuer = await createTestIssuer();
  jwks = await serveJwks(issuer.jwks);
  dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bff-lock-"));
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.kill()));
  await jwks?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const start = () => {
  const bff = spawnBff(bffEnv(dataDir, { KEYTURN_AUTH_JWKS_URL: jwks.url }));
  running.push(bff);
  return bff;
};

async function expectServing(url: string): Promise<void> {
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  const me = await fetch(`${url}/api/me`, { headers: bearer(await issuer.tokenFor("admin")) });
  expect(me.status).toBe(200);
}

describe("one BFF process per embedded database folder", () => {
  it("refuses a second process at once, naming the folder and the holder's pid; the first keeps serving; a SIGKILLed holder's lock is taken over", async () => {
    const pgliteDir = path.join(dataDir, "bff", "pglite");
    const lockFile = `${pgliteDir}.lock`;
    const first = start();
    const firstUrl = await first.ready;
    expect(JSON.parse(await readFile(lockFile, "utf8"))).toMatchObject({ pid: first.pid });

    const second = start();
    const startedAt = Date.now();
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(Date.now() - startedAt, "refused before opening anything").toBeLessThan(60_000);
    const message = second.stderr().trim();
    expect(message.split("\n"), message).toHaveLength(1);
    expect(message).toContain(`The embedded database in ${pgliteDir} is in use by process ${first.pid}`);
    await expectServing(firstUrl);

    // kill -9 leaves the lock file behind; the next start sees its process is gone and takes over.
    await first.kill();
    expect(existsSync(lockFile)).toBe(true);
    const third = start();
    const thirdUrl = await third.ready;
    expect(JSON.parse(await readFile(lockFile, "utf8"))).toMatchObject({ pid: third.pid });
    await expectServing(thirdUrl);
    // A graceful stop frees the folder.
    expect(await third.stop()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });
});

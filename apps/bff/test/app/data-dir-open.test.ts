import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { DataDirLockedError, DataDirOpenError } from "../../src/db/data-dir-errors.ts";
import { lockDataDir } from "../../src/db/data-dir-lock.ts";
import { startBff } from "../../src/index.ts";
import { bffEnv, spawnBff } from "../support/bff-process.ts";
import { testConfig } from "../support/test-app.ts";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "keyturn-bff-open-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const folder = async (name: string) => {
  const dir = path.join(root, name, "bff", "pglite");
  await mkdir(path.dirname(dir), { recursive: true });
  return dir;
};
const writeLock = (dir: string, owner: Record<string, unknown>) =>
  writeFile(`${dir}.lock`, JSON.stringify({ startedAt: "2020-01-01T00:00:00.000Z", token: "t", ...owner }));

/** The pid of a process that ran and is gone (exited and reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid ?? 0;
}

describe("the data folder lock", () => {
  it("takes over a lock whose process is gone, or whose pid now names another process", async () => {
    const dir = await folder("stale");
    await writeLock(dir, { pid: await deadPid(), hostname: os.hostname(), procStart: null });
    const lock = await lockDataDir(dir);
    await lock.release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    // The parent of this process runs, but started at another time than the lock says: a reused pid.
    await writeLock(dir, { pid: process.ppid, hostname: os.hostname(), procStart: "1" });
    await (await lockDataDir(dir)).release();
  });

  it("refuses a lock held by a live process, and one from another host (it cannot be checked)", async () => {
    const dir = await folder("held");
    await writeLock(dir, { pid: process.ppid, hostname: os.hostname(), procStart: null });
    await expect(lockDataDir(dir)).rejects.toThrow(
      `The embedded database in ${dir} is in use by process ${process.ppid} on ${os.hostname()}`,
    );
    await writeLock(dir, { pid: 4242, hostname: "elsewhere.example", procStart: null });
    const refused = await lockDataDir(dir).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toContain(
      `If no such process runs on elsewhere.example, delete ${dir}.lock.`,
    );
  });

  it("refuses a second open of one folder in the same process, until the first is closed", async () => {
    const dir = await folder("twice");
    const first = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(`is in use by process ${process.pid}`);
    await first.release();
    await (await lockDataDir(dir)).release();
  });
});

describe("startBff", () => {
  let taken: Server;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it("binds its port before anything else: a start whose port is taken creates no file", async () => {
    const port = (taken.address() as { port: number }).port;
    const config = testConfig({ KEYTURN_BFF_PORT: String(port), KEYTURN_BFF_HOST: "127.0.0.1" });
    await expect(startBff(config)).rejects.toThrow(/EADDRINUSE/);
    expect(existsSync(config.dataDir), "no data folder, key file or database").toBe(false);
  });
});

describe("a damaged embedded database folder", () => {
  it("is a clear error naming the folder and the recovery path, not Aborted()", async () => {
    const dir = await folder("damaged");
    await (await openDatabase({ kind: "pglite", dataDir: dir })).close();
    // The write-ahead log gone: PGlite aborts (RuntimeError: Aborted()) on open.
    for (const entry of await readdir(path.join(dir, "pg_wal"))) {
      await rm(path.join(dir, "pg_wal", entry), { recursive: true, force: true });
    }
    const failed = await openDatabase({ kind: "pglite", dataDir: dir }).catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(DataDirOpenError);
    expect((failed as Error).message).toContain(`The embedded database in ${dir} could not be opened`);
    expect((failed as Error).message).toContain("move the folder aside");
    expect(existsSync(`${dir}.lock`), "the lock is freed").toBe(false);

    // The process prints it as one line and exits non-zero.
    const bff = spawnBff(bffEnv(path.join(root, "damaged")));
    expect((await bff.exited).code).toBe(1);
    const message = bff.stderr().trim();
    expect(message.split("\n"), message).toHaveLength(1);
    expect(message).toMatch(/could not be opened \(RuntimeError: Aborted\(\)\)\. To recover: stop every/);
  });
});

import { randomBytes } from "node:crypto";
import { readFileSync, unlinkSync } from "node:fs";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DataDirLockedError } from "./data-dir-errors.ts";
import { isAlive, type LockOwner, parseOwner, processStart } from "./lock-owner.ts";

// PGlite is one process's database: a second process on the same folder loses confirmed writes and
// can leave it unopenable. `<folder>.lock` names the process holding the folder; a lock whose process
// is gone (SIGKILL, power loss) is taken over.

export interface DataDirLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Tokens of the locks this process holds or is taking (a second open in-process is refused too). */
const mine = new Set<string>();

/** Locks `dir` for this process, or throws DataDirLockedError naming the process that holds it. */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const file = `${path.resolve(dir)}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    procStart: await processStart(process.pid),
    token: randomBytes(12).toString("hex"),
  };
  mine.add(me.token);
  let owner: LockOwner | null | undefined = null;
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await createExclusive(file, me)) return hold(file, me.token);
      owner = await readOwner(file);
      if (owner === undefined) continue; // released meanwhile: try again
      if (owner && (await isAlive(owner, mine))) break;
      await takeOver(file, owner, me);
    }
  } catch (err) {
    mine.delete(me.token);
    throw err;
  }
  mine.delete(me.token);
  const holder = owner ?? { pid: 0, hostname: "unknown", startedAt: "unknown" };
  throw new DataDirLockedError(dir, holder, file, holder.hostname === me.hostname);
}

function hold(file: string, token: string): DataDirLock {
  // A process that exits without close() (a fatal error, process.exit) still frees the folder.
  const onExit = () => releaseSync(file, token);
  process.once("exit", onExit);
  return {
    file,
    async release() {
      process.off("exit", onExit);
      releaseSync(file, token);
    },
  };
}

/** Removes the lock file only while it is still this holder's. */
function releaseSync(file: string, token: string): void {
  mine.delete(token);
  try {
    if (parseOwner(readFileSync(file, "utf8"))?.token === token) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/** Writes the owner aside and hard-links it into place: atomic, complete, and fails if one exists. */
async function createExclusive(file: string, owner: LockOwner): Promise<boolean> {
  const staging = `${file}.${owner.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(staging, `${JSON.stringify(owner)}\n`, { flag: "wx", mode: 0o600 });
  try {
    await link(staging, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    await unlink(staging);
  }
}

/** The lock's owner; null if unreadable (taken as stale); undefined if there is no lock file. */
async function readOwner(file: string): Promise<LockOwner | null | undefined> {
  try {
    return parseOwner(await readFile(file, "utf8"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * Removes a stale lock, under a short-lived `<lock>.takeover` lock so that two processes starting
 * together cannot both remove it (one would remove the other's fresh lock).
 */
async function takeOver(file: string, stale: LockOwner | null, me: LockOwner): Promise<void> {
  const guard = `${file}.takeover`;
  if (!(await createExclusive(guard, me))) {
    const other = await readOwner(guard);
    if (other && (await isAlive(other, mine))) await sleep(50);
    else await unlink(guard).catch(ignoreMissing);
    return;
  }
  try {
    const current = await readOwner(file);
    if (current !== undefined && current?.token === stale?.token) await unlink(file).catch(ignoreMissing);
  } finally {
    await unlink(guard).catch(ignoreMissing);
  }
}

function ignoreMissing(err: NodeJS.ErrnoException): void {
  if (err.code !== "ENOENT") throw err;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

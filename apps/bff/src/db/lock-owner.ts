import { readFile } from "node:fs/promises";
import os from "node:os";
import { z } from "zod";

/** What a lock file holds: the process, where and since when, and a token naming this one lock. */
export const LockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  /** The kernel's start time of the process (Linux), so a reused pid is not taken for the holder. */
  procStart: z.string().nullable(),
  token: z.string().min(1),
});
export type LockOwner = z.infer<typeof LockOwnerSchema>;

/** The owner in a lock file's text, or null if it is not one (taken as stale). */
export function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = LockOwnerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The start time (clock ticks since boot, field 22 of /proc/<pid>/stat); null off Linux. */
export async function processStart(pid: number): Promise<string | null> {
  return (await procStat(pid))?.start ?? null;
}

/** State (field 3) and start time (field 22) of /proc/<pid>/stat; null if unreadable. */
async function procStat(pid: number): Promise<{ state: string; start: string | null } | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", start: fields[19] ?? null };
  } catch {
    return null;
  }
}

/**
 * Whether the lock's process still runs. Another host's process cannot be checked: it counts as
 * alive. This process's own pid (a restarted container reuses pids) is alive only for the tokens it
 * holds now.
 */
export async function isAlive(owner: LockOwner, tokensHeldHere: ReadonlySet<string>): Promise<boolean> {
  if (owner.hostname !== os.hostname()) return true;
  if (owner.pid === process.pid) return tokensHeldHere.has(owner.token);
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: it runs, as another user.
    if ((err as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  const stat = await procStat(owner.pid);
  if (stat === null) return true;
  // A killed process its parent has not reaped yet (zombie) holds nothing.
  if (stat.state === "Z" || stat.state === "X") return false;
  return owner.procStart === null || stat.start === null || stat.start === owner.procStart;
}

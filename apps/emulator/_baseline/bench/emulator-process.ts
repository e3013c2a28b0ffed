import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

export interface EmulatorProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs the emulator as its own process (`src/main.ts`, as `pnpm start` does) on a random loopback
 * port, so the load generator and the server do not share one event loop. Resolves with the URL it
 * logs once listening.
 */
export function spawnEmulator(env: Record<string, string>): Promise<EmulatorProcess> {
  const appDir = path.resolve(import.meta.dirname, "..");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: appDir,
    env: { ...process.env, ...env, KEYTURN_EMULATOR_PORT: "0", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`emulator exited early (${code})`)));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const url = (JSON.parse(line) as { url?: string }).url;
      if (url) resolve({ url, pid: child.pid ?? 0, stop });
    });
  });
}

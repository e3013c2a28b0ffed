import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { TEST_CHECKPOINT_KEY } from "./audit-fixtures.ts";
import { TEST_MASTER_KEY, TEST_PEPPER } from "./test-app.ts";
import { TEST_AUDIENCE, TEST_ISSUER } from "./test-issuer.ts";

// The BFF as its own process (`node --import tsx src/main.ts`, so the child's pid is the BFF's and a
// SIGKILL reaches it), for what only a process shows: the data folder lock, a kill -9, a restart.

const BFF_DIR = path.resolve(import.meta.dirname, "../..");

export interface BffProcess {
  child: ChildProcess;
  pid: number;
  /** The URL from its "listening" log line; rejects if the process exits first. */
  ready: Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  /** SIGKILL, and wait until it is gone (reaped). */
  kill(): Promise<void>;
  /** SIGTERM (graceful shutdown), and wait for its exit code. */
  stop(): Promise<number | null>;
}

/**
 * The environment of a test BFF: its data folder, port 0 on loopback, the test keys, no seed and no
 * scheduled sync, the test issuer (`jwksUrl`: see serveJwks). `extra` wins.
 */
export function bffEnv(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/^(KEYTURN_|DATABASE_URL$|LOG_LEVEL$|NODE_ENV$)/.test(entry[0]),
    ),
  );
  return {
    ...inherited,
    KEYTURN_MODE: "test",
    KEYTURN_DATA_DIR: dataDir,
    KEYTURN_BFF_PORT: "0",
    KEYTURN_BFF_HOST: "127.0.0.1",
    KEYTURN_AUTH_ISSUER: TEST_ISSUER,
    KEYTURN_AUTH_AUDIENCE: TEST_AUDIENCE,
    KEYTURN_MASTER_KEY: TEST_MASTER_KEY.toString("base64"),
    KEYTURN_FINGERPRINT_PEPPER: TEST_PEPPER.toString("base64"),
    KEYTURN_AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
    KEYTURN_SEED_DEFAULT_CONNECTION: "false",
    KEYTURN_INVENTORY_SYNC_SECONDS: "0",
    LOG_LEVEL: "info",
    ...extra,
  };
}

export function spawnBff(env: Record<string, string>): BffProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: BFF_DIR,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", look);
    exited.then(({ code, signal }) =>
      reject(new Error(`the BFF exited before listening (${code ?? signal}): ${err.trim().slice(0, 2000)}`)),
    );
  });
  ready.catch(() => {}); // a test expecting the exit need not wait for this
  const pid = child.pid ?? 0;
  return {
    child,
    pid,
    ready,
    exited,
    stdout: () => out,
    stderr: () => err,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return (await exited).code;
    },
  };
}

/** The test issuer's JWKS over HTTP on loopback (KEYTURN_AUTH_JWKS_URL of a BFF process). */
export async function serveJwks(jwks: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The production bundle as the tests use it: built once per file into a temp folder (without the
// console, which the tests do not load: building it would cost a minute), then started with
// `node server.js` or `node doctor.js`, as an operator runs it.

const BFF = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

export async function buildTestBundle(): Promise<{ dir: string; remove(): Promise<void> }> {
  const parent = await mkdtemp(path.join(tmpdir(), "keyturn-bundle-"));
  const dir = path.join(parent, "bundle");
  await run(process.execPath, ["--import", "tsx", "scripts/bundle.ts", "--out", dir, "--web", "none"], {
    cwd: BFF,
  });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

export interface BundleProcess {
  child: ChildProcess;
  /** The URL from its "listening" log line; rejects if the process exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

export function startBundle(dir: string, env: Record<string, string>): BundleProcess {
  const child = spawn(process.execPath, ["server.js"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", () => {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    exited.then((code) =>
      reject(new Error(`the bundle exited before listening (${code}): ${out.slice(-2000)}`)),
    );
  });
  ready.catch(() => {});
  return { child, ready, exited, output: () => out };
}

/** Runs `node doctor.js` in the bundle with `env`; its lines and exit code. */
export async function runBundledDoctor(dir: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["doctor.js"], {
      cwd: dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => resolve({ code, output }));
  });
}

/** One request on its own connection (Node's http, so the Connection header can be read). */
export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** Whether a new TCP connection to the URL's port is refused. */
export function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (err: NodeJS.ErrnoException) => resolve(err.code === "ECONNREFUSED"));
  });
}

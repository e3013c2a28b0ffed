import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });

async function listening(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => resolve(true)).once("error", () => resolve(false));
      socket.unref();
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing listens on port ${port}`);
}

export interface BenchSystem {
  /** The console's address, as the BFF serves it. */
  url: string;
  close(): Promise<void>;
}

/**
 * dev-idp, the emulator and the BFF (development mode, serving `webDist`) as their own processes, as
 * `pnpm start` runs them, on free ports and one fresh data folder: what a person's browser talks to.
 */
export async function startBenchSystem(webDist: string): Promise<BenchSystem> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bench-web-"));
  const idpPort = await freePort();
  const emulatorPort = await freePort();
  const emulatorHttpsPort = await freePort();
  const bffPort = await freePort();
  const issuer = `https://localhost:${idpPort}`;
  const url = `http://localhost:${bffPort}`;
  const shared = { ...process.env, KEYTURN_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  const children: ChildProcess[] = [];
  const start = (app: string, env: Record<string, string>) => {
    const child = spawn(TSX, ["src/main.ts"], {
      cwd: path.join(REPO, "apps", app),
      env: { ...shared, ...env },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true, // its own process group: tsx and the node it starts stop together
    });
    children.push(child);
    return child;
  };
  const close = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.pid === undefined) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 120_000;
    start("dev-idp", { KEYTURN_IDP_PORT: String(idpPort), KEYTURN_CONSOLE_ORIGINS: url });
    await listening(idpPort, deadline);
    start("emulator", {
      KEYTURN_EMULATOR_PORT: String(emulatorPort),
      KEYTURN_EMULATOR_HTTPS_PORT: String(emulatorHttpsPort),
      KEYTURN_IDP_ISSUER: issuer,
    });
    await listening(emulatorPort, deadline);
    start("bff", {
      KEYTURN_MODE: "development",
      KEYTURN_BFF_PORT: String(bffPort),
      KEYTURN_AUTH_ISSUER: issuer,
      KEYTURN_EMULATOR_URL: `http://127.0.0.1:${emulatorPort}`,
      KEYTURN_WEB_DIST_DIR: path.resolve(webDist),
    });
    await listening(bffPort, deadline);
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type DevIdp,
  getServicePrincipalToken,
  SERVICE_PRINCIPALS,
  type StartDevIdpOptions,
  startDevIdp,
} from "@keyturn/dev-idp";
import type { JWK } from "jose";
import { test as base } from "vitest";
import { type EmulatorOptions, startEmulator } from "../../src/index.ts";
import { adminApi, controlPlane, scoringOf } from "./clients.ts";

// The servers a test talks to, real and on loopback: a dev-idp and an emulator that trusts it. Each
// test file gets its own pair, shared by its tests in order (as a file's tests build on each other's
// state); a test that needs an emulator of its own asks `startEmulator`, and it is gone after the test.

export interface TestIdp extends DevIdp {
  /** Closes and deletes the data folder. */
  dispose(): Promise<void>;
}

/** A real dev-idp on a random loopback port, with its own data folder. */
export async function startTestIdp(options: StartDevIdpOptions = {}): Promise<TestIdp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-idp-"));
  const idp = await startDevIdp({ port: 0, dataDir, ...options });
  return {
    ...idp,
    dispose: async () => {
      await idp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Tokens of the two service principals: the BFF (Contributor) and the reader (Reader). */
export async function principalTokens(idp: DevIdp) {
  const { bff, reader } = SERVICE_PRINCIPALS;
  const [contributor, readerToken] = await Promise.all([
    getServicePrincipalToken(idp.issuer, bff.clientId, bff.defaultSecret, idp.caCertPem),
    getServicePrincipalToken(idp.issuer, reader.clientId, reader.defaultSecret, idp.caCertPem),
  ]);
  return { contributor, reader: readerToken };
}

export interface TestEmulator {
  url: string;
  dataDir: string;
  /** Stops the server (again: nothing). */
  close(): Promise<void>;
  /** Closes and deletes the data folder. */
  dispose(): Promise<void>;
}

/** An emulator on a random port with a temporary data folder, trusting `idp`, fast transitions. */
export async function startTestEmulator(idp: DevIdp, options: EmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "keyturn-emulator-")));
  const emulator = await startEmulator({
    port: 0,
    idpIssuer: idp.issuer,
    idpCaPem: idp.caCertPem,
    transitionDelayMs: 20,
    regionLatencyScale: 0,
    ...options,
    dataDir,
  });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= emulator.close();
    return closed;
  };
  return {
    url: emulator.url,
    dataDir,
    close,
    dispose: async () => {
      await close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The emulator's state file as it is on disk (written at each change and on close). */
export async function emulatorState(dataDir: string) {
  return JSON.parse(await readFile(path.join(dataDir, "emulator", "state.json"), "utf8")) as {
    workspaces: { id: string; name: string; signingKey: { privateJwk: JWK } }[];
    services: { name: string; state: string; aciHost: string | null; primaryKey: string }[];
  };
}

/**
 * For a suite of long property or fuzz runs against real servers (`describe(name, LONG_RUN, ...)`):
 * every other test has the config's testTimeout.
 */
export const LONG_RUN = { timeout: 240_000 };

/**
 * `it` with the servers as fixtures. File-wide (started at the first test that asks, stopped after
 * the file's last): `idp`, `tokens` (Contributor and Reader), `emu`, and on it `cp` (Contributor on
 * ws-prod-eastus), `admin` and `scoring`. Per test: `startEmulator`, another emulator on the same
 * identity provider with its own data folder (and `cp` on it), deleted after the test.
 */
export const it = base
  .extend("idpOptions", { scope: "file" }, {} as StartDevIdpOptions)
  .extend("idp", { scope: "file" }, async ({ idpOptions }, { onCleanup }) => {
    const idp = await startTestIdp(idpOptions);
    onCleanup(() => idp.dispose());
    return idp;
  })
  .extend("tokens", { scope: "file" }, ({ idp }) => principalTokens(idp))
  .extend("emu", { scope: "file" }, async ({ idp }, { onCleanup }) => {
    const emu = await startTestEmulator(idp);
    onCleanup(() => emu.dispose());
    return emu;
  })
  .extend("cp", { scope: "file" }, ({ emu, tokens }) => controlPlane(emu.url, tokens.contributor))
  .extend("admin", { scope: "file" }, ({ emu }) => adminApi(emu.url))
  .extend("scoring", { scope: "file" }, ({ cp }) => scoringOf(cp))
  .extend("startEmulator", ({ idp, tokens }, { onCleanup }) => {
    const started: TestEmulator[] = [];
    onCleanup(async () => {
      for (const emulator of started.reverse()) await emulator.dispose();
    });
    return async (options: EmulatorOptions = {}) => {
      const emulator = await startTestEmulator(idp, options);
      started.push(emulator);
      return { ...emulator, cp: controlPlane(emulator.url, tokens.contributor) };
    };
  });

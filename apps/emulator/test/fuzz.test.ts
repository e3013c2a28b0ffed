import { randomInt } from "node:crypto";
import { REGIONS } from "@keyturn/auth-domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import {
  ADMIN,
  bodyBytes,
  CONTROL_PLANE,
  type EmulatorRequest,
  type EmulatorRoute,
  requestArb,
} from "./fuzz-routes.ts";
import { answerProblems, failureReport, rawAnswer } from "./fuzz-support.ts";
import {
  controlPlane,
  principalTokens,
  startTestEmulator,
  startTestIdp,
  type TestEmulator,
  type TestIdp,
  WS_EASTUS,
} from "./support.ts";

// The control plane and the admin API, as Contributor, Reader, nobody and a forged caller, with
// requests from each route's schema and hostile values. Every answer: no 5xx (a 503 only while a
// fault or a down region is deliberately set), errors in Azure's shape, no stack trace; the emulator
// stays healthy. KEYTURN_FUZZ_RUNS / KEYTURN_FUZZ_SEED as in the BFF (test-only knobs).

const positive = (v: string | undefined) =>
  v && Number.isSafeInteger(Number(v)) && Number(v) > 0 ? Number(v) : undefined;
const RUNS = positive(process.env.KEYTURN_FUZZ_RUNS) ?? 40;
const SEED = positive(process.env.KEYTURN_FUZZ_SEED) ?? randomInt(1, 2 ** 31 - 1);
const ARM_EASTUS = `/subscriptions/${SEED_SUBSCRIPTION_ID}/resourceGroups/${SEED_RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces/${WS_EASTUS.workspace}`;
const replay = `replay: KEYTURN_FUZZ_SEED=${SEED} KEYTURN_FUZZ_RUNS=${RUNS}`;

let idp: TestIdp;
let emu: TestEmulator;
/** Callers and their credentials by name: a counterexample names one, it never prints a token. */
let callers: Record<string, fc.Arbitrary<string>>;
let credentials: Record<string, string | undefined>;
const known: Record<string, unknown[]> = {
  sub: [SEED_SUBSCRIPTION_ID],
  rg: [SEED_RESOURCE_GROUP],
  region: Object.keys(REGIONS),
  keyType: ["Primary", "Secondary", "primary"],
};
const stats = { sent: 0, fiveXx: 0, deliberate: 0 };

beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  const { contributor, reader } = await principalTokens(idp);
  const tampered = `${contributor.slice(0, -6)}AAAAAA`;
  const none = `eyJhbGciOiJub25lIn0.${Buffer.from('{"appid":"keyturn-bff"}').toString("base64url")}.`;
  credentials = {
    contributor: `Bearer ${contributor}`,
    reader: `Bearer ${reader}`,
    anonymous: undefined,
    "not a JWT": "Bearer not-a-jwt",
    "contributor token, signature altered": `Bearer ${tampered}`,
    "alg none": `Bearer ${none}`,
    "basic auth": "Basic eDp5",
    "empty bearer": "Bearer",
  };
  const forged = Object.keys(credentials).slice(3);
  callers = {
    contributor: fc.constant("contributor"),
    reader: fc.constant("reader"),
    anonymous: fc.constant("anonymous"),
    forged: fc.constantFrom(...forged),
  };
  const cp = controlPlane(emu.url, contributor);
  const services = ((await (await cp.list()).json()) as { value: Array<{ name: string }> }).value;
  const created = await cp.create({
    name: "fuzz-op",
    computeType: "ACI",
    containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
  });
  Object.assign(known, {
    ws: [WS_EASTUS.workspace, "ws-ml-westeurope"],
    name: services.map((s) => s.name),
    id: [((await created.json()) as { id: string }).id],
  });
}, 60_000);
afterAll(async () => {
  console.log(
    `fuzz emulator: ${stats.sent} requests, ${stats.fiveXx} 5xx (${stats.deliberate} deliberate 503s; seed ${SEED})`,
  );
  await emu?.dispose();
  await idp?.dispose();
});

async function send(route: EmulatorRoute, req: EmulatorRequest, credential: string, allow503 = false) {
  const auth = credentials[credential];
  const headers = new Headers(req.headers);
  if (auth) headers.set("authorization", auth);
  const bytes = bodyBytes(req, route.limit);
  const body = bytes && req.body?.stream ? new Blob([bytes]).stream() : bytes;
  const response = await fetch(`${emu.url}${req.url}`, {
    method: req.method,
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  const text = await response.text();
  stats.sent += 1;
  if (response.status >= 500 && !allow503) stats.fiveXx += 1;
  if (response.status === 503 && allow503) stats.deliberate += 1;
  const problems = answerProblems(response.status, response.headers.get("content-type"), text, {
    allowed: allow503 ? [503] : [],
    head: req.method === "HEAD",
  });
  if (response.status === 503 && allow503) {
    if (!/"(ServiceUnavailable|workspace_region_down)"/.test(text)) problems.push("a 503 no fault explains");
    if (text.includes('"ServiceUnavailable"') && !response.headers.get("retry-after"))
      problems.push("a fault's 503 without Retry-After");
  }
  if (problems.length > 0)
    throw new Error(`${req.method} ${req.url.slice(0, 200)} → ${response.status}: ${problems.join("; ")}`);
}

/** Runs every route × caller; returns the failures (each with fast-check's seed, path and counterexample). */
async function fuzz(routes: EmulatorRoute[], after: () => Promise<unknown>, allow503 = false) {
  const failures: string[] = [];
  for (const route of routes) {
    for (const [who, auth] of Object.entries(callers)) {
      const details = await fc.check(
        fc.asyncProperty(
          requestArb(route, (n) => known[n] ?? []),
          auth,
          async (req, a) => {
            try {
              await send(route, req, a, allow503);
            } finally {
              await after();
            }
          },
        ),
        { seed: SEED, numRuns: Math.max(1, Math.ceil(RUNS / 4)) },
      );
      if (details.failed) failures.push(failureReport(`${route.method} ${route.path} as ${who}`, details));
    }
  }
  return failures;
}

const admin = (method: string, path: string) => fetch(`${emu.url}/_emulator${path}`, { method });

/** Faults off, every region up, and a fleet grown by a fuzzed seed put back (a reset costs more). */
async function undoSwitches() {
  await admin("DELETE", "/faults");
  const health = (await (await admin("GET", "/health")).json()) as {
    services: number;
    regionsDown: string[];
  };
  for (const region of health.regionsDown) await admin("POST", `/regions/${region}/up`);
  if (health.services > 100) await admin("POST", "/reset");
}

describe("fuzzing the emulator's control plane and admin API", () => {
  it("the control plane answers hostile requests without a 5xx, in Azure's error shape", async () => {
    // A fuzzed delete may remove a seeded service: put the seeded fleet back after each request.
    expect(await fuzz(CONTROL_PLANE, () => admin("POST", "/seed")), replay).toEqual([]);
  }, 240_000);

  it("the admin API answers hostile requests without a 5xx; each request's switches are undone", async () => {
    expect(await fuzz(ADMIN, undoSwitches), replay).toEqual([]);
    await admin("POST", "/reset");
  }, 240_000);

  it("answers 503 only while a fault or a down region is set (Azure's shape, Retry-After)", async () => {
    const faults = { get: { rate503: 1, retryAfterSeconds: 2 }, list: { rate503: 0.5 } };
    const put = await fetch(`${emu.url}/_emulator/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(faults),
    });
    expect(put.status).toBe(200);
    expect((await admin("POST", "/regions/westeurope/down")).status).toBe(200);
    const before = stats.deliberate;
    const failures = await fuzz(CONTROL_PLANE.slice(2, 4), async () => {}, true);
    await admin("POST", "/reset");
    expect(failures, replay).toEqual([]);
    expect(stats.deliberate).toBeGreaterThan(before);
  }, 120_000);

  it("answers what only a socket can send in Azure's error shape (huge head, bad framing, odd targets)", async () => {
    const port = Number(new URL(emu.url).port);
    const { contributor } = await principalTokens(idp);
    const services = `/modelmanagement/v1.0${ARM_EASTUS}/services`;
    const post = `POST ${services} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${contributor}\r\nContent-Type: application/json\r\n`;
    const cases: Array<[string, string[]]> = [
      ["a request head over 16 KB", [`GET /${"x".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`]],
      ["a request line of garbage", ["\u0000GARBAGE\r\n\r\n"]],
      ["the target *", ["GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"]],
      ["a backslash in the path", ["GET /_emulator\\health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"]],
      ["a Host header that is no host", ["GET /_emulator/health HTTP/1.1\r\nHost: a b\r\n\r\n"]],
      [
        "Content-Length and Transfer-Encoding together",
        [`${post}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}`],
      ],
      [
        "a chunked body past the limit",
        [
          `${post}Transfer-Encoding: chunked\r\n\r\n`,
          ...Array.from({ length: 20 }, () => `4000\r\n${"x".repeat(0x4000)}\r\n`),
          "0\r\n\r\n",
        ],
      ],
    ];
    const failures: string[] = [];
    for (const [label, parts] of cases) {
      const answer = await rawAnswer(port, parts);
      stats.sent += 1;
      if (!answer) failures.push(`${label}: no answer`);
      else {
        if (answer.status >= 500) stats.fiveXx += 1;
        const problems = answerProblems(answer.status, answer.contentType, answer.body);
        if (problems.length > 0) failures.push(`${label} → ${answer.status}: ${problems.join("; ")}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("stays healthy: /_emulator/health and a Contributor's listing", async () => {
    const health = await admin("GET", "/health");
    expect(health.status).toBe(200);
    expect(((await health.json()) as { regionsDown: string[] }).regionsDown).toEqual([]);
    const { contributor } = await principalTokens(idp);
    expect((await controlPlane(emu.url, contributor).list()).status).toBe(200);
  });
});

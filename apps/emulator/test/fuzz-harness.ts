import { randomInt } from "node:crypto";
import { REGIONS } from "@keyturn/auth-domain";
import fc from "fast-check";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { bodyBytes, type EmulatorRequest, type EmulatorRoute, requestArb } from "./fuzz-routes.ts";
import { answerProblems, failureReport } from "./fuzz-support.ts";
import { aciService, controlPlane, WS_EASTUS, WS_EDGE } from "./support/clients.ts";

// Against a real dev-idp and emulator: the callers (Contributor, Reader, nobody, forged credentials by
// name: a counterexample never prints a token), the names of real things, and the fuzz loop: one
// fast-check property per route and caller, every failure kept with its seed and path.
// KEYTURN_FUZZ_RUNS / KEYTURN_FUZZ_SEED are test-only knobs, as in the BFF.

const positive = (v: string | undefined) =>
  v && Number.isSafeInteger(Number(v)) && Number(v) > 0 ? Number(v) : undefined;

export async function emulatorFuzz(
  emu: { url: string },
  { contributor, reader }: { contributor: string; reader: string },
  env: Record<string, string | undefined> = process.env,
) {
  const runs = positive(env.KEYTURN_FUZZ_RUNS) ?? 40;
  const seed = positive(env.KEYTURN_FUZZ_SEED) ?? randomInt(1, 2 ** 31 - 1);
  const none = `eyJhbGciOiJub25lIn0.${Buffer.from('{"appid":"keyturn-bff"}').toString("base64url")}.`;
  const credentials: Record<string, string | undefined> = {
    contributor: `Bearer ${contributor}`,
    reader: `Bearer ${reader}`,
    anonymous: undefined,
    "not a JWT": "Bearer not-a-jwt",
    "contributor token, signature altered": `Bearer ${contributor.slice(0, -6)}AAAAAA`,
    "alg none": `Bearer ${none}`,
    "basic auth": "Basic eDp5",
    "empty bearer": "Bearer",
  };
  const callers: Record<string, fc.Arbitrary<string>> = {
    contributor: fc.constant("contributor"),
    reader: fc.constant("reader"),
    anonymous: fc.constant("anonymous"),
    forged: fc.constantFrom(...Object.keys(credentials).slice(3)),
  };
  const cp = controlPlane(emu.url, contributor);
  const names = async (list: Promise<Response>) =>
    ((await (await list).json()) as { value: Array<{ name: string }> }).value.map((s) => s.name);
  // The edge workspace's services of other kinds, which the auth routes refuse, among the names.
  const services = [...(await names(cp.list())), ...(await names(cp.inWorkspace(WS_EDGE).list()))];
  const operation = ((await (await cp.create(aciService("fuzz-op"))).json()) as { id: string }).id;
  const known: Record<string, unknown[]> = {
    sub: [SEED_SUBSCRIPTION_ID],
    rg: [SEED_RESOURCE_GROUP],
    ws: [WS_EASTUS.workspace, "ws-ml-westeurope", WS_EDGE.workspace],
    workspace: [WS_EASTUS.workspace, WS_EDGE.workspace],
    name: services,
    compute: ["aks-prod-eastus", "aks-dr-westus2", "aks-scus-edge"],
    id: [operation],
    region: Object.keys(REGIONS),
    keyType: ["Primary", "Secondary", "primary"],
  };
  const stats = { sent: 0, fiveXx: 0, deliberate: 0 };

  async function send(route: EmulatorRoute, req: EmulatorRequest, credential: string, allow503: boolean) {
    const headers = new Headers(req.headers);
    const auth = credentials[credential];
    if (auth) headers.set("authorization", auth);
    const bytes = bodyBytes(req, route.limit);
    const sent = bytes && req.body?.stream ? new Blob([bytes]).stream() : bytes;
    const init = { method: req.method, headers, body: sent, duplex: "half" } as RequestInit;
    const response = await fetch(`${emu.url}${req.url}`, init);
    const text = await response.text();
    stats.sent += 1;
    if (response.status >= 500 && !allow503) stats.fiveXx += 1;
    if (response.status === 503 && allow503) stats.deliberate += 1;
    const problems = answerProblems(response.status, response.headers.get("content-type"), text, {
      allowed: allow503 ? [503] : [],
      head: req.method === "HEAD",
      path: new URL(response.url).pathname,
    });
    // A HEAD answer has no body: its 503 is told apart by the status alone while a fault is set.
    if (response.status === 503 && allow503 && req.method !== "HEAD") {
      if (!/"(ServiceUnavailable|workspace_region_down)"/.test(text))
        problems.push("a 503 no fault explains");
      if (text.includes('"ServiceUnavailable"') && !response.headers.get("retry-after"))
        problems.push("a fault's 503 without Retry-After");
    }
    if (problems.length > 0)
      throw new Error(`${req.method} ${req.url.slice(0, 200)} → ${response.status}: ${problems.join("; ")}`);
  }

  /** Every route × caller, `after` each request; the failures, each with seed, path and counterexample. */
  async function fuzz(routes: EmulatorRoute[], after: () => Promise<unknown>, allow503 = false) {
    const failures: string[] = [];
    for (const route of routes) {
      for (const [who, credential] of Object.entries(callers)) {
        const property = fc.asyncProperty(
          requestArb(route, (n) => known[n] ?? []),
          credential,
          async (req, c) => {
            try {
              await send(route, req, c, allow503);
            } finally {
              await after();
            }
          },
        );
        const details = await fc.check(property, { seed, numRuns: Math.max(1, Math.ceil(runs / 4)) });
        if (details.failed) failures.push(failureReport(`${route.method} ${route.path} as ${who}`, details));
      }
    }
    return failures;
  }

  return {
    stats,
    fuzz,
    figure: () =>
      `fuzz emulator: ${stats.sent} requests, ${stats.fiveXx} 5xx (${stats.deliberate} deliberate 503s; seed ${seed})`,
    replay: `replay: KEYTURN_FUZZ_SEED=${seed} KEYTURN_FUZZ_RUNS=${runs}`,
  };
}

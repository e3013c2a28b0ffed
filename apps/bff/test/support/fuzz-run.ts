import { hasPermission, type Permission } from "@keyturn/auth-domain";
import fc from "fast-check";
import { PERMISSION_EXTENSION } from "../../src/routing/define-route.ts";
import { answerProblems, leaksIn, secretHint } from "./fuzz-checks.ts";
import { CALLERS, type Caller, type FuzzHarness } from "./fuzz-harness.ts";
import { REGRESSIONS } from "./fuzz-regressions.ts";
import { type FuzzRequest, requestArb, toRequest } from "./fuzz-requests.ts";
import { CANARY } from "./fuzz-schema.ts";
import type { ApiOperation } from "./openapi-operations.ts";
import { persona } from "./test-issuer.ts";

// One fast-check property per route and caller, run with the run's seed. A failure is kept (with
// fast-check's seed, path and shrunk counterexample) and the run goes on, so one run reports every
// failing route; only the first failure of a route is shrunk, to bound the time.

export interface FuzzStats {
  sent: number;
  fiveXx: number;
  byStatus: Map<number, number>;
}

/** An answer kept for the sweep after the run (secrets appear in none but a successful reveal). */
export interface Captured {
  label: string;
  reveal: boolean;
  text: string;
}

const clip = (text: string, max = 1_500) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What a run needs of the harness: an app to ask, the callers' credentials, real names. */
export type FuzzTarget = Pick<FuzzHarness, "auth" | "forged" | "hints" | "limitBytes"> & {
  app: { request: (request: Request) => Response | Promise<Response> };
};

export async function fuzzRoutes(
  h: FuzzTarget,
  apis: ApiOperation[],
  options: { runs: number; seed: number },
) {
  const stats: FuzzStats = { sent: 0, fiveXx: 0, byStatus: new Map() };
  const captured: Captured[] = [];
  const failures: string[] = [];
  /** Every secret the requests typed (canaries), swept for in the log after the run. */
  const typedSecrets = new Set<string>();
  // A caller the route lets in gets the full share; one it turns away (403/401) a third of it, at
  // least one: the refusal comes before the input is read, and each denied attempt is an audit write.
  const perCaller = Math.max(1, Math.ceil(options.runs / CALLERS.length));
  const runsFor = (api: ApiOperation, caller: Caller) => {
    const permission = api.op[PERMISSION_EXTENSION] as Permission | "authenticated" | "public";
    const allowed =
      permission === "public" ||
      (caller !== "anonymous" &&
        caller !== "forged" &&
        (permission === "authenticated" || hasPermission(persona(caller).roles, permission)));
    return allowed ? perCaller : Math.max(1, Math.ceil(perCaller / 3));
  };
  // The caller's credential by name: a counterexample shows "admin token, expired", never a token.
  const credential = (caller: Caller) =>
    caller === "forged" ? fc.constantFrom(...Object.keys(h.forged)) : fc.constant(caller);
  const header = (name: string) =>
    name === "anonymous" ? undefined : (h.forged[name] ?? h.auth[name as keyof typeof h.auth]);

  async function send(api: ApiOperation, req: FuzzRequest, caller: Caller, credentialName: string) {
    const response = await h.app.request(toRequest(req, header(credentialName), h.limitBytes));
    const text = await response.text();

    stats.sent += 1;
    if (response.status >= 500) stats.fiveXx += 1;
    stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1);
    const label = `${req.method} ${clip(req.url, 200)} as ${caller} → ${response.status}`;
    const reveal = api.path.endsWith("/reveal") && response.status === 200;
    captured.push({ label, reveal, text: text + JSON.stringify([...response.headers]) });
    const problems = answerProblems({
      status: response.status,
      header: (name) => response.headers.get(name),
      text,
      method: req.method,
    });
    // A secret typed into this request (a connection's client secret, a key to identify) is never echoed.
    const typed = req.body ? [...req.body.text.matchAll(CANARY)].map((m) => m[0]) : [];
    for (const secret of typed) typedSecrets.add(secret);
    for (const secret of leaksIn(text + JSON.stringify([...response.headers]), typed)) {
      problems.push(`echoes a secret it was sent: ${secretHint(secret)}`);
    }
    if (problems.length > 0) throw new Error(`${label}: ${problems.join("; ")}`);
  }

  for (const api of apis) {
    const requests = requestArb(api, h.hints(api.resolve));
    let failed = false;
    for (const caller of CALLERS) {
      const property = fc.asyncProperty(requests, credential(caller), (req, name) =>
        send(api, req, caller, name),
      );
      const examples = REGRESSIONS.filter(
        (r) => r.route === `${api.method} ${api.path}` && r.caller === caller,
      ).map((r): [FuzzRequest, string] => [r.request, caller]);
      const details = await fc.check(property, {
        seed: options.seed,
        numRuns: runsFor(api, caller),
        examples,
        endOnFailure: failed,
      });
      if (details.failed) {
        failed = true;
        failures.push(failureReport(`${api.method} ${api.path} as ${caller}`, details));
      }
    }
  }
  return { stats, captured, failures, typedSecrets };
}

/** What failed, the shrunk request, and fast-check's seed and path to replay it. */
export function failureReport<T>(label: string, details: fc.RunDetails<T>): string {
  const error = details.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  return (
    `${label}: ${clip(message, 600)}\n    counterexample: ${clip(fc.stringify(details.counterexample), 800)}` +
    `\n    fast-check: { seed: ${details.seed}, path: "${details.counterexamplePath}" }`
  );
}

/** The statuses seen, e.g. "200×31 400×802 403×120". */
export const statusFigure = (stats: FuzzStats) =>
  [...stats.byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(" ");

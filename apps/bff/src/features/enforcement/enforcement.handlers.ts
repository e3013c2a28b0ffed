import { KEY_TYPES } from "@keyturn/auth-domain";
import type { AppDeps } from "../../app-env.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedCall, auditScope } from "../audit/public.ts";
import { keyLockName, keyRows, PREVIOUS_KEY_WINDOW_MS } from "../keys/public.ts";
import {
  type CheckResult,
  type DeploymentTarget,
  deploymentTarget,
  type Probe,
  runProbe,
  scoringUriOf,
  skipped,
  standardProbes,
} from "../scoring/public.ts";
import type { verifyEnforcement } from "./enforcement.routes.ts";

export const verify: AppRouteHandler<typeof verifyEnforcement> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const target = await deploymentTarget(deps, workspace, name);
  const scoringUri = scoringUriOf(target.service);
  const checks = await auditedCall(
    auditScope(c, {
      action: "enforcement.verify",
      target: { workspace: target.provider.name, deployment: target.service.name },
      details: { mode: target.mode },
    }),
    async () => {
      const { probes, notRun } = await previousKeyProbes(deps, target);
      const all = [...(await standardProbes(target, deps.now())), ...probes];
      const ran = await Promise.all(all.map((probe) => runProbe(probe, target, scoringUri, c.var.signal)));
      return [...ran, ...notRun];
    },
    {
      successDetails: (results) => ({
        passedChecks: results.filter((r) => r.outcome === "pass").length,
        failedChecks: results.filter((r) => r.outcome === "fail").length,
        skippedChecks: results.filter((r) => r.outcome === "skipped").length,
      }),
    },
  );
  const ran = checks.filter((check) => check.outcome !== "skipped");
  return c.json(
    {
      workspace: target.provider.name,
      deployment: target.service.name,
      mode: target.mode,
      enforced: target.mode !== "none",
      passed: ran.length > 0 && ran.every((check) => check.outcome === "pass"),
      checks,
    },
    200,
  );
};

const DESCRIPTION = "The key value a console regeneration replaced";
const WINDOW_MINUTES = PREVIOUS_KEY_WINDOW_MS / 60_000;

/** One probe per key whose replaced value is still held (any replica's rotation); a skipped check otherwise. */
async function previousKeyProbes(deps: AppDeps, { provider, service }: DeploymentTarget) {
  const { previousKeys } = deps.secrets;
  const probes: Probe[] = [];
  for (const keyType of KEY_TYPES) {
    const previous = await previousKeys.recall(keyLockName(provider.name, service.name, keyType));
    if (previous) {
      const description = `${DESCRIPTION} (${keyType}, fingerprint ${previous.fingerprint})`;
      probes.push({ check: "previous-key", keyType, description, credential: previous.value });
    }
  }
  if (probes.length > 0) return { probes, notRun: [] as CheckResult[] };
  const recorded = (await keyRows(deps.database.db, provider.name, service.name)).filter(
    (r) => r.previousFingerprint,
  );
  const known = recorded.map((r) => `${r.keyType} ${r.previousFingerprint}`).join(", ");
  const explanation = known
    ? `The replaced key (${known}) is no longer held: the console keeps a replaced value, encrypted, ` +
      `for ${WINDOW_MINUTES} minutes after a console regeneration, then deletes it.`
    : `No key of this deployment was regenerated through the console in the last ${WINDOW_MINUTES} ` +
      "minutes, so there is no previous value to try (the console never keeps key values longer).";
  return { probes, notRun: [skipped("previous-key", null, DESCRIPTION, explanation)] };
}

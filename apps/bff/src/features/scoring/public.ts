// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { type DeploymentTarget, deploymentTarget, scoringUriOf } from "./deployment-target.ts";
export { type CheckResult, type Probe, runProbe, skipped, standardProbes } from "./enforcement-checks.ts";
export { callScoringUri } from "./scoring-call.ts";

// What the rest of the BFF may use of this capability; everything else in the folder is its own.

export { findingsPolicies, rowFindingsSummaries } from "./posture-row-summary.ts";
export { postureSnapshotJob } from "./posture-snapshots.ts";

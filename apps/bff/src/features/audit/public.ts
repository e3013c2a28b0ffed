// What the rest of the BFF may use of this capability; everything else in the folder is its own.

export { csvRow } from "./audit-csv.ts";
export { auditDenied, type RawTarget } from "./audit-denied.ts";
export { auditedCall, auditedChange, auditScope, safeDetails } from "./audit-write.ts";
export { canonicalJson } from "./canonical-json.ts";
export { checkpointJob } from "./checkpoint-job.ts";
export { checkpointKey } from "./checkpoint-key.ts";
export { reconcileJob } from "./reconcile-job.ts";
export { auditSignIns } from "./sign-in-seen.ts";

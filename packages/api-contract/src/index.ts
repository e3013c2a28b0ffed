// The BFF's /api contract: every request and response payload, in plain zod. The BFF's routes and the
// console both import these; OpenAPI component names and descriptions are zod metadata (`.meta()`).
export * from "./audit.ts";
export * from "./checkpoints.ts";
export * from "./config.ts";
export * from "./connections.ts";
export * from "./deployments.ts";
export * from "./endpoints.ts";
export * from "./enforcement.ts";
export * from "./inventory.ts";
export * from "./keys.ts";
export * from "./me.ts";
export * from "./migration.ts";
export * from "./policy.ts";
export * from "./posture.ts";
export * from "./regions.ts";
export * from "./rotation-policies.ts";
export * from "./rotations.ts";
export * from "./snippets.ts";
export * from "./test-calls.ts";
export * from "./tokens.ts";
export * from "./webhooks.ts";
export * from "./workspaces.ts";

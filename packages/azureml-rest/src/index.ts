export * from "./auth-patch.ts";
export * from "./client/index.ts";
export * from "./keys.ts";
export * from "./operation.ts";
export * from "./paths.ts";
export * from "./scoring.ts";
export * from "./service.ts";
export * from "./workspace.ts";

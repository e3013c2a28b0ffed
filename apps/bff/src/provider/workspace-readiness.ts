import type { Readiness } from "../readiness.ts";
import { listWorkspaces, type ProviderDeps } from "./workspace-provider.ts";

/**
 * The "workspace" readiness check: the provider answers listWorkspaces (ARM, not cached) within the
 * readiness timeout. No connection configured counts as ready (nothing to reach).
 */
export function registerWorkspaceReadiness(readiness: Readiness, deps: ProviderDeps): void {
  readiness.register("workspace", async (signal) => {
    await Promise.race([
      listWorkspaces(deps, { fresh: true }),
      new Promise<never>((_, reject) =>
        signal.addEventListener("abort", () => reject(new Error("timed out"))),
      ),
    ]);
  });
}

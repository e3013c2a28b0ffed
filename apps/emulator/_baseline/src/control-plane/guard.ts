import { every } from "hono/combine";
import type { EmulatorContext } from "../context.ts";
import type { OperationName } from "../runtime/faults.ts";
import { injectFaults } from "./inject-faults.ts";
import { requireRole } from "./rbac.ts";
import { workspaceScope } from "./workspace-scope.ts";

/**
 * What stands before every v1 operation, in order: the caller's role (403, before anything about the
 * workspace is told), the workspace and its region (404 / 503), then injected faults.
 */
export function guard(ctx: EmulatorContext, operation: OperationName) {
  return every(requireRole(operation), workspaceScope(ctx), injectFaults(ctx, operation));
}

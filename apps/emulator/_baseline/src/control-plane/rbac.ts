import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.ts";
import type { WorkspaceRole } from "../env.ts";
import { EmulatorError } from "../errors.ts";
import type { OperationName } from "../runtime/faults.ts";

export type Action = OperationName | "workspaces";

/**
 * The least role each action needs. Reader may read and get tokens (Azure: workspace read suffices
 * for the token call); reading keys is a write-level action in Azure (`listkeys/action`).
 */
export const REQUIRED_ROLE: Readonly<Record<Action, WorkspaceRole>> = {
  workspaces: "Reader",
  list: "Reader",
  get: "Reader",
  operation: "Reader",
  token: "Reader",
  create: "Contributor",
  delete: "Contributor",
  patch: "Contributor",
  listkeys: "Contributor",
  regenerateKeys: "Contributor",
};

const RANK: Readonly<Record<WorkspaceRole, number>> = { Reader: 1, Contributor: 2 };

export function requireRole(action: Action) {
  const needed = REQUIRED_ROLE[action];
  return createMiddleware<AppEnv>(async (c, next) => {
    const { appId, role } = c.var.principal;
    if (role === null || RANK[role] < RANK[needed]) {
      throw new EmulatorError(
        403,
        "forbidden",
        `The client '${appId}' does not have authorization to perform '${action}': it needs the ${needed} role on the workspace.`,
      );
    }
    await next();
  });
}

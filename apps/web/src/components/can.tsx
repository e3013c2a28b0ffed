import { Tooltip } from "@fluentui/react-components";
import type { Permission } from "@keyturn/auth-domain";
import { cloneElement, type ReactElement, type ReactNode } from "react";
import { type PermissionState, usePermission } from "../lib/auth/permissions";

interface CanProps {
  permission: Permission;
  /**
   * `hide` (default): render nothing (or `fallback`) without the permission.
   * `disable`: render the control disabled but focusable, its reason as a tooltip and description.
   * The child must then be a Fluent control that takes `disabledFocusable` (Button, MenuButton, …);
   * for anything else pass a function child and use `allowed` / `reason` yourself.
   */
  mode?: "hide" | "disable";
  fallback?: ReactNode;
  children: ReactElement<{ disabledFocusable?: boolean }> | ((state: PermissionState) => ReactNode);
}

/**
 * A policy component: shows, hides or disables a control by the signed-in user's permissions.
 * It only shapes the UI — the BFF checks every call and stays the authority.
 */
export function Can({ permission, mode = "hide", fallback = null, children }: CanProps) {
  const state = usePermission(permission);
  if (typeof children === "function") return <>{children(state)}</>;
  if (state.allowed) return children;
  if (mode === "hide") return <>{fallback}</>;
  return (
    <Tooltip content={state.reason ?? ""} relationship="description" withArrow>
      {cloneElement(children, { disabledFocusable: true })}
    </Tooltip>
  );
}

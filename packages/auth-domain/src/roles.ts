import { z } from "zod";

/** App roles, as they arrive in the access token's `roles` claim. */
export const RoleSchema = z.enum(["Operator", "KeyRotator", "Auditor", "Admin"]);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES = RoleSchema.options;

/** Every action the console guards ("docs/architecture.md", one row each). */
export const PermissionSchema = z.enum([
  "inventory:read",
  "deployment:write",
  "key:regenerate",
  "secret:reveal",
  "token:get-and-test",
  "enforcement:verify",
  "audit:read",
  "posture:read",
  "settings:admin",
]);
export type Permission = z.infer<typeof PermissionSchema>;
export const PERMISSIONS = PermissionSchema.options;

/**
 * What every signed-in user of the tenant holds, with or without an app role: reading the inventory
 * (deployments, their auth settings, key metadata — never a secret). Decision record 006.
 */
export const SIGNED_IN_PERMISSIONS: readonly Permission[] = ["inventory:read"];

/** "docs/architecture.md" as data: which roles hold each permission. Anything not listed is denied. */
export const PERMISSION_MATRIX: Readonly<Record<Permission, readonly Role[]>> = {
  "inventory:read": ["Operator", "KeyRotator", "Auditor", "Admin"],
  "deployment:write": ["Operator"],
  "key:regenerate": ["Operator", "KeyRotator"],
  "secret:reveal": ["Operator", "KeyRotator"],
  "token:get-and-test": ["Operator", "KeyRotator"],
  "enforcement:verify": ["Operator", "KeyRotator", "Auditor", "Admin"],
  "audit:read": ["Auditor", "Admin"],
  "posture:read": ["Operator", "KeyRotator", "Auditor", "Admin"],
  "settings:admin": ["Admin"],
};

/**
 * Whether a signed-in caller with these roles holds the permission: the signed-in baseline, or one of
 * the roles grants it. Unknown role strings grant nothing beyond the baseline, so a token carrying a
 * role this version does not know is treated as having no role (deny by default).
 */
export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  if (SIGNED_IN_PERMISSIONS.includes(permission)) return true;
  const granted = PERMISSION_MATRIX[permission];
  return roles.some((role) => (granted as readonly string[]).includes(role));
}

/** All permissions a set of roles holds, in the table's order. */
export function permissionsOf(roles: readonly string[]): Permission[] {
  return PERMISSIONS.filter((permission) => hasPermission(roles, permission));
}

/** Keeps only the roles this version knows, in a stable order. */
export function knownRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

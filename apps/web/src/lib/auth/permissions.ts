import { PERMISSION_MATRIX, PERMISSIONS, type Permission } from "@keyturn/auth-domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useMe } from "./get-me";

/**
 * The signed-in user's permissions as `/api/me` states them (the BFF is the authority; unknown
 * strings are ignored). Empty while loading, so nothing guarded shows before it is known.
 */
export function usePermissions(): ReadonlySet<Permission> {
  const { data } = useMe();
  return new Set(PERMISSIONS.filter((permission) => data?.permissions.includes(permission)));
}

/** Why a permission is missing, in words: which roles hold it (read from the domain's matrix). */
export function permissionReason(permission: Permission, t: TFunction, language: string): string {
  const roles = PERMISSION_MATRIX[permission].map((role) => t(`common.roles.${role}`));
  const list = new Intl.ListFormat(language, { style: "long", type: "disjunction" }).format(roles);
  return t("common.access.needsRole", { count: roles.length, roles: list });
}

export interface PermissionState {
  allowed: boolean;
  /** Set when not allowed: a sentence saying which roles may do it. */
  reason: string | undefined;
}

export function usePermission(permission: Permission): PermissionState {
  const permissions = usePermissions();
  const { t, i18n } = useTranslation();
  const allowed = permissions.has(permission);
  return {
    allowed,
    reason: allowed ? undefined : permissionReason(permission, t, i18n.resolvedLanguage ?? "en"),
  };
}

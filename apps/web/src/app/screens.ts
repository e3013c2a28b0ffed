import {
  AddCircle20Regular,
  BoxMultiple20Regular,
  History20Regular,
  Settings20Regular,
  ShieldCheckmark20Regular,
} from "@fluentui/react-icons";
import type { Permission } from "@keyturn/auth-domain";

/**
 * The screens of the side navigation, in order: where each lives, the permission it needs (the
 * same value guards the route and hides the link), its label key and icon.
 */
export const SCREENS = {
  inventory: {
    path: "/inventory",
    permission: "inventory:read",
    label: "common.nav.inventory",
    icon: BoxMultiple20Regular,
  },
  posture: {
    path: "/posture",
    permission: "posture:read",
    label: "common.nav.posture",
    icon: ShieldCheckmark20Regular,
  },
  audit: {
    path: "/audit",
    permission: "audit:read",
    label: "common.nav.audit",
    icon: History20Regular,
  },
  settings: {
    path: "/settings",
    permission: "settings:admin",
    label: "common.nav.settings",
    icon: Settings20Regular,
  },
  newDeployment: {
    path: "/deployments/new",
    permission: "deployment:write",
    label: "common.nav.newDeployment",
    icon: AddCircle20Regular,
  },
} as const satisfies Record<
  string,
  { path: string; permission: Permission; label: `common.nav.${string}`; icon: unknown }
>;

export const NAV_ORDER = ["inventory", "posture", "audit", "settings", "newDeployment"] as const;

import { knownRoles, permissionsOf } from "@keyturn/auth-domain";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type { getMe } from "./me.routes.ts";

export const me: AppRouteHandler<typeof getMe> = (c) => {
  const identity = c.var.identity;
  return c.json(
    {
      oid: identity.oid,
      tid: identity.tid,
      name: identity.name,
      username: identity.username,
      roles: knownRoles(identity.roles),
      permissions: permissionsOf(identity.roles),
      authTime: identity.authTime === null ? null : new Date(identity.authTime * 1000).toISOString(),
    },
    200,
  );
};

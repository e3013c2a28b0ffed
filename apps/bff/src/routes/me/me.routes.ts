import { z } from "@hono/zod-openapi";
import { PermissionSchema, RoleSchema } from "@keyturn/auth-domain";
import { defineRoute } from "../define-route.ts";

export const MeSchema = z
  .strictObject({
    oid: z.string(),
    tid: z.string().nullable(),
    name: z.string(),
    username: z.string(),
    /** The token's roles this version knows (unknown ones grant nothing). */
    roles: z.array(RoleSchema),
    permissions: z.array(PermissionSchema),
    /** When the user last signed in interactively (ISO 8601 UTC), from `auth_time`. */
    authTime: z.iso.datetime().nullable(),
  })
  .openapi("Me");
export type Me = z.infer<typeof MeSchema>;

export const getMe = defineRoute({
  method: "get",
  path: "/me",
  tags: ["session"],
  summary: "Who I am: identity, roles and permissions from the verified access token",
  permission: "authenticated",
  responses: {
    200: { description: "The caller", content: { "application/json": { schema: MeSchema } } },
  },
});

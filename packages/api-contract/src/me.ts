import { PermissionSchema, RoleSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** `GET /api/me`: who is signed in, from the verified access token; permissions derived from the roles. */
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
  .meta({ id: "Me" });
export type Me = z.infer<typeof MeSchema>;

import { readFile } from "node:fs/promises";
import path from "node:path";
import { PERMISSIONS, permissionsOf, ROLES } from "@keyturn/auth-domain";
import { expect, it } from "vitest";
import { z } from "zod";

// docs/azure-roles/keyturn-api-app-roles.json, the API registration's app roles for
// `az ad app create --app-roles @file`: their values are the roles the BFF reads from `roles`.

const AppRolesSchema = z.array(
  z.strictObject({
    allowedMemberTypes: z.tuple([z.literal("User")]),
    description: z.string().min(1).max(240),
    displayName: z.string().min(1).max(100),
    isEnabled: z.literal(true),
    value: z.string().regex(/^[A-Za-z][A-Za-z.]*$/),
  }),
);

it("declares exactly the roles the BFF knows, each granting something, assignable to users and groups", async () => {
  const file = path.resolve(import.meta.dirname, "../../../../docs/azure-roles/keyturn-api-app-roles.json");
  const roles = AppRolesSchema.parse(JSON.parse(await readFile(file, "utf8")));
  expect(roles.map((role) => role.value).sort()).toEqual([...ROLES].sort());
  expect(new Set(roles.map((role) => role.displayName)).size).toBe(roles.length);
  for (const role of roles) expect(permissionsOf([role.value]).length).toBeGreaterThan(1);
  expect(PERMISSIONS.every((p) => roles.some((role) => permissionsOf([role.value]).includes(p)))).toBe(true);
});

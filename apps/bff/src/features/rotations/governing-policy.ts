import { applicablePolicy } from "@keyturn/auth-domain";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { inventory } from "../../db/schema.ts";
import { endpointOf } from "./endpoint-key-provider.ts";
import { listPolicies, type StoredPolicy } from "./policies-store.ts";

/**
 * The policy that governs a deployment by its stored name, over the inventory's tags (as the
 * scheduler reads them): an endpoint's (`endpoint/<name>`) are its v2 row's, a service's its v1 row's,
 * so one never borrows the tags of the other of the same name. Null when no policy covers it.
 */
export async function governingPolicyOf(
  db: Db | Tx,
  workspace: string,
  deployment: string,
): Promise<StoredPolicy | null> {
  const policies = await listPolicies(db);
  if (policies.length === 0) return null;
  const endpoint = endpointOf(deployment);
  const [listed] = await db
    .select({ tags: inventory.tags })
    .from(inventory)
    .where(
      and(
        eq(inventory.workspace, workspace),
        eq(inventory.deployment, endpoint ?? deployment),
        eq(inventory.generation, endpoint === null ? "v1" : "v2"),
      ),
    )
    .limit(1);
  return applicablePolicy(policies, { workspace, tags: listed?.tags ?? {} });
}

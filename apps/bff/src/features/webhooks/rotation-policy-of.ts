import { eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { rotations } from "../../db/schema.ts";
import { governingPolicyOf } from "../rotations/public.ts";

/**
 * The policy whose webhooks hear of a rotation: the one it follows (its schedule started it, or it
 * governed a person's start), else the one that governs its deployment now — a v1 service or a v2
 * endpoint, by its own tags — so a rotation from before policies were named is announced too. Null
 * when no policy covers the deployment.
 */
export async function rotationPolicyOf(
  tx: Db | Tx,
  rotation: { id: string; workspace: string; deployment: string },
): Promise<string | null> {
  const [row] = await tx
    .select({ policyId: rotations.policyId })
    .from(rotations)
    .where(eq(rotations.id, rotation.id));
  if (row?.policyId) return row.policyId;
  return (await governingPolicyOf(tx, rotation.workspace, rotation.deployment))?.id ?? null;
}

import type { DeploymentSnapshot } from "@keyturn/auth-domain";
import type { Db } from "../../src/db/client.ts";
import { connections, inventory, keyMetadata } from "../../src/db/schema.ts";

/** A deployment as the test seeds it: the inventory facts, when it was created, the console's key records. */
export interface SeedDeployment extends Omit<DeploymentSnapshot, "keys"> {
  createdAt: Date;
  rotated: Array<{ keyType: "Primary" | "Secondary"; at: Date }>;
}

const DAY = 86_400_000;
const REGIONS = ["eastus", "westeurope", "japaneast"] as const;

/** Hand-picked cases, then `bulk` generated ones (deterministic) so batches and workspaces add up. */
export function seedDeployments(now: Date, bulk = 0): SeedDeployment[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const d = (
    x: Partial<SeedDeployment> & Pick<SeedDeployment, "workspace" | "deployment">,
  ): SeedDeployment => ({
    computeType: "AKS",
    workspaceRegion: "eastus",
    clusterRegion: "eastus",
    keyAuth: true,
    tokenAuth: false,
    createdAt: ago(10),
    rotated: [],
    ...x,
  });
  const cases = [
    d({ workspace: "ws-east", deployment: "aci-open", computeType: "ACI", keyAuth: false }),
    d({ workspace: "ws-east", deployment: "aci-key-old", computeType: "ACI", createdAt: ago(200) }),
    d({ workspace: "ws-east", deployment: "aks-key-new" }),
    d({
      workspace: "ws-east",
      deployment: "aks-token-far",
      keyAuth: false,
      tokenAuth: true,
      clusterRegion: "westeurope",
    }),
    d({ workspace: "ws-east", deployment: "aks-token-near", keyAuth: false, tokenAuth: true }),
    d({
      workspace: "ws-west",
      deployment: "aks-rotated",
      createdAt: ago(400),
      rotated: [
        { keyType: "Primary", at: ago(5) },
        { keyType: "Secondary", at: ago(5) },
      ],
    }),
    d({
      workspace: "ws-west",
      deployment: "aks-half-rotated",
      createdAt: ago(400),
      rotated: [{ keyType: "Primary", at: ago(45) }],
    }),
    d({ workspace: "ws-west", deployment: "aks-open", keyAuth: false }),
    d({ workspace: "ws-west", deployment: "aks-key-60", createdAt: ago(60) }),
  ];
  for (let i = 0; i < bulk; i++) {
    const r = (i * 2_654_435_761) >>> 0;
    const aks = r % 3 !== 0;
    const token = aks && r % 5 === 0;
    cases.push(
      d({
        workspace: `ws-bulk-${r % 4}`,
        deployment: `model-${String(i).padStart(5, "0")}`,
        computeType: aks ? "AKS" : "ACI",
        keyAuth: !token && r % 7 !== 0,
        tokenAuth: token,
        workspaceRegion: REGIONS[r % 3] as SeedDeployment["workspaceRegion"],
        clusterRegion: REGIONS[(r >>> 3) % 3] as SeedDeployment["workspaceRegion"],
        createdAt: ago((r >>> 5) % 365),
        rotated: r % 11 === 0 ? [{ keyType: "Secondary", at: ago((r >>> 9) % 120) }] : [],
      }),
    );
  }
  return cases;
}

/** What the posture report must see: a key without a console record was issued at creation, never rotated. */
export function expectedSnapshot(s: SeedDeployment): DeploymentSnapshot {
  const { createdAt, rotated, ...facts } = s;
  return {
    ...facts,
    keys: (["Primary", "Secondary"] as const).map((keyType) => {
      const r = rotated.find((k) => k.keyType === keyType);
      return r
        ? { keyType, issuedAt: r.at.toISOString(), rotatedAt: r.at.toISOString() }
        : { keyType, issuedAt: createdAt.toISOString(), rotatedAt: null };
    }),
  };
}

/** Inserts a connection, the inventory rows and the key records. */
export async function seedInventory(db: Db, deployments: SeedDeployment[]): Promise<void> {
  const [connection] = await db
    .insert(connections)
    .values({
      name: `posture-test-${Date.now()}`,
      subscriptionId: "sub",
      resourceGroup: "rg",
      baseUrl: "http://127.0.0.1:1",
      credentialKind: "managed_identity",
    })
    .returning({ id: connections.id });
  for (let i = 0; i < deployments.length; i += 500) {
    const slice = deployments.slice(i, i + 500);
    await db.insert(inventory).values(
      slice.map((s) => ({
        connectionId: connection?.id as string,
        workspace: s.workspace,
        deployment: s.deployment,
        computeType: s.computeType,
        state: "Healthy",
        keyAuth: s.keyAuth,
        tokenAuth: s.tokenAuth,
        workspaceRegion: s.workspaceRegion,
        clusterRegion: s.clusterRegion,
        createdAt: s.createdAt,
      })),
    );
    const keys = slice.flatMap((s) =>
      s.rotated.map((k) => ({
        workspace: s.workspace,
        deployment: s.deployment,
        keyType: k.keyType,
        fingerprint: "0123456789ab",
        issuedAt: k.at,
        rotatedAt: k.at,
        rotatedBy: "support@keyturn.test",
      })),
    );
    if (keys.length > 0) await db.insert(keyMetadata).values(keys);
  }
}

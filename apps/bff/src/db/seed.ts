import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { encrypt } from "../crypto/encryption.ts";
import type { Config } from "../env.ts";
import type { Db } from "./client.ts";
import { appState, connections } from "./schema.ts";

/** The emulator's fixed subscription and resource group (the embedded default's fleet lives there). */
export const EMULATOR_SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000000";
export const EMULATOR_RESOURCE_GROUP = "keyturn-dev";
const SEED_MARKER = "seed.default-connection";

/** The credential JSON a `client_secret` connection stores (encrypted): an app registration's secret. */
export interface ClientSecretCredential {
  /** The OpenID issuer whose token endpoint grants the client-credentials token (Entra authority). */
  authority: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** Least privilege: a Reader-level principal used for token calls only (provider/README.md). */
  reader?: { clientId: string; clientSecret: string };
}

export const credentialAad = (connectionId: string) => `connections:${connectionId}:credential`;

/**
 * On first start only (a marker in app_state, taken in the same transaction, so replicas and
 * restarts never seed twice and a deleted default stays deleted): one connection for the emulator's
 * resource group `keyturn-dev`, with workspace null — its workspaces are discovered from the provider.
 * The credential is dev-idp's `keyturn-bff` service principal, encrypted with the master key.
 */
export async function seedDefaultConnection(db: Db, config: Config, masterKey: Buffer): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(appState)
      .values({ key: SEED_MARKER, value: sql`jsonb_build_object('at', now())` })
      .onConflictDoNothing()
      .returning({ key: appState.key });
    if (claimed.length === 0) return false;
    const id = randomUUID();
    const credential: ClientSecretCredential = {
      authority: config.auth.issuer,
      clientId: "keyturn-bff",
      clientSecret: config.seed.bffClientSecret,
      scope: "https://management.azure.com/.default",
      reader: { clientId: "keyturn-reader", clientSecret: config.seed.readerClientSecret },
    };
    await tx.insert(connections).values({
      id,
      name: "Local emulator (keyturn-dev)",
      subscriptionId: EMULATOR_SUBSCRIPTION_ID,
      resourceGroup: EMULATOR_RESOURCE_GROUP,
      workspace: null,
      region: null,
      baseUrl: config.seed.emulatorUrl,
      credentialKind: "client_secret",
      encryptedCredential: encrypt(masterKey, JSON.stringify(credential), credentialAad(id)),
    });
    return true;
  });
}

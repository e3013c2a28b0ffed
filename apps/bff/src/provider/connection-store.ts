import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { encrypt } from "../crypto/encryption.ts";
import type { Db } from "../db/client.ts";
import { connections } from "../db/schema.ts";
import { credentialAad } from "../db/seed.ts";
import {
  ClientSecretCredentialSchema,
  type ManagedIdentityCredentialConfig,
  ManagedIdentityCredentialSchema,
} from "./connection-credential.ts";

export interface NewConnection {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  /** null: every workspace of the resource group (discovered from ARM). */
  workspace?: string | null;
  /** ARM endpoint (https://management.azure.com) or the emulator's URL. */
  baseUrl: string;
  credential:
    | { kind: "client_secret"; value: z.input<typeof ClientSecretCredentialSchema> }
    | { kind: "managed_identity"; value: ManagedIdentityCredentialConfig };
}

/** Stores a connection with its credential encrypted (AES-256-GCM, bound to the row). Returns its id. */
export async function insertConnection(db: Db, masterKey: Buffer, input: NewConnection): Promise<string> {
  const id = randomUUID();
  const value =
    input.credential.kind === "client_secret"
      ? ClientSecretCredentialSchema.parse(input.credential.value)
      : ManagedIdentityCredentialSchema.parse(input.credential.value);
  await db.insert(connections).values({
    id,
    name: input.name,
    subscriptionId: input.subscriptionId,
    resourceGroup: input.resourceGroup,
    workspace: input.workspace ?? null,
    baseUrl: input.baseUrl.replace(/\/$/, ""),
    credentialKind: input.credential.kind,
    encryptedCredential: encrypt(masterKey, JSON.stringify(value), credentialAad(id)),
  });
  return id;
}

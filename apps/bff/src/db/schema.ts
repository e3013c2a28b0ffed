import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

// The console's own state (DESIGN.md §5). Change this file, then `pnpm --filter @keyturn/bff
// db:generate` writes the next versioned migration into apps/bff/drizzle/; migrations apply at start.
// No imports from the app: drizzle-kit loads this file on its own.

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/**
 * Workspace connections: where the console reaches Azure ML and with which credential. A row with
 * `workspace` null stands for a whole resource group: its workspaces are discovered from the provider
 * (the embedded default is one such row for the emulator's `keyturn-dev`).
 */
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull().unique(),
    subscriptionId: text("subscription_id").notNull(),
    resourceGroup: text("resource_group").notNull(),
    workspace: text("workspace"),
    region: text("region"),
    /** ARM endpoint: https://management.azure.com, or the emulator's URL. */
    baseUrl: text("base_url").notNull(),
    /** client_secret (an app registration / dev-idp service principal) | managed_identity. */
    credentialKind: text("credential_kind").notNull(),
    /** AES-256-GCM envelope (crypto/encryption.ts) of the credential JSON; AAD `connections:<id>:credential`. */
    encryptedCredential: text("encrypted_credential"),
    /** Bumped on every change; the ETag of the row. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("connections_credential_kind", sql`${t.credentialKind} in ('client_secret', 'managed_identity')`),
  ],
);

/**
 * The audit log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained —
 * `hash = SHA-256(prev_hash ‖ canonical JSON of the event and its seq)` (audit/audit-chain.ts).
 * `seq` is assigned by the writer under an advisory lock, not by a sequence, so it has no gaps.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
    actorOid: text("actor_oid").notNull(),
    actorName: text("actor_name").notNull(),
    actorUsername: text("actor_username").notNull(),
    actorRoles: text("actor_roles").array().notNull(),
    action: text("action").notNull(),
    targetWorkspace: text("target_workspace"),
    targetDeployment: text("target_deployment"),
    targetKeyType: text("target_key_type"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    outcome: text("outcome").notNull(),
    requestId: text("request_id").notNull(),
    clientAddress: text("client_address"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull(),
  },
  (t) => [
    index("audit_events_at").on(t.at),
    index("audit_events_actor").on(t.actorOid, t.at),
    index("audit_events_target").on(t.targetWorkspace, t.targetDeployment, t.at),
    index("audit_events_action").on(t.action, t.at),
  ],
);

/** What the console knows of each key without its value. */
export const keyMetadata = pgTable(
  "key_metadata",
  {
    workspace: text("workspace").notNull(),
    deployment: text("deployment").notNull(),
    keyType: text("key_type").notNull(),
    fingerprint: text("fingerprint").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    rotatedAt: timestamp("rotated_at", { withTimezone: true }),
    rotatedBy: text("rotated_by"),
    version: integer("version").notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspace, t.deployment, t.keyType] }),
    check("key_metadata_key_type", sql`${t.keyType} in ('Primary', 'Secondary')`),
  ],
);

/** How long fetching a workspace token took, per workspace region (the seed's region rule). */
export const tokenLatencySamples = pgTable(
  "token_latency_samples",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspace: text("workspace").notNull(),
    region: text("region").notNull(),
    ms: real("ms").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("token_latency_workspace").on(t.workspace, t.at),
    index("token_latency_region").on(t.region, t.at),
  ],
);

/** Console policies (rotation age, …) as versioned key → JSON values. */
export const policies = pgTable("policies", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  version: integer("version").notNull().default(1),
  updatedAt: updatedAt(),
  updatedBy: text("updated_by"),
});

/** The deployments of every connection, synced from the provider so 10k list and filter fast. */
export const inventory = pgTable(
  "inventory",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    workspace: text("workspace").notNull(),
    deployment: text("deployment").notNull(),
    computeType: text("compute_type").notNull(),
    state: text("state").notNull(),
    keyAuth: boolean("key_auth").notNull(),
    tokenAuth: boolean("token_auth").notNull(),
    workspaceRegion: text("workspace_region").notNull(),
    /** AKS cluster region; null for ACI. */
    clusterRegion: text("cluster_region"),
    scoringUri: text("scoring_uri"),
    createdAt: timestamp("created_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    etag: text("etag"),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspace, t.deployment] }),
    index("inventory_connection").on(t.connectionId),
    index("inventory_compute_type").on(t.computeType, t.deployment),
    index("inventory_state").on(t.state, t.deployment),
    index("inventory_auth").on(t.keyAuth, t.tokenAuth, t.deployment),
    index("inventory_region").on(t.workspaceRegion, t.deployment),
    index("inventory_deployment").on(t.deployment),
    check("inventory_compute_type_check", sql`${t.computeType} in ('ACI', 'AKS')`),
  ],
);

/** One-time facts of this installation (e.g. that the default connection was seeded). */
export const appState = pgTable("app_state", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  createdAt: createdAt(),
});

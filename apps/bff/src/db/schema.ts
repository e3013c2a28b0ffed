import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

// The console's own state (docs/architecture.md, "Data"). Change this file, then `pnpm --filter @keyturn/bff
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
    index("audit_events_actor_username").on(sql`lower(${t.actorUsername})`, t.at),
    // Newest-first queries by workspace alone, and "failed / denied <action>" with or without more filters.
    index("audit_events_workspace").on(t.targetWorkspace, t.at),
    index("audit_events_action_outcome").on(t.action, t.outcome, t.at),
    // An outcome names its intent (`details.intentSeq`): at most one outcome per intent, whoever writes it.
    uniqueIndex("audit_events_outcome_of_intent")
      .on(sql`(${t.details}->>'intentSeq')`)
      .where(sql`(${t.details}->>'intentSeq') is not null`),
    // Successes and failures naming no intent (outcomes older than that rule, actions with no intent),
    // by request: how the reconciler pairs an older intent with its outcome.
    index("audit_events_unnamed_outcomes")
      .on(t.requestId)
      .where(sql`${t.outcome} in ('success', 'failed') and (${t.details}->>'intentSeq') is null`),
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
    /** The fingerprint of the value the last console regeneration replaced (never the value). */
    previousFingerprint: text("previous_fingerprint"),
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

/**
 * Expressions the inventory is sorted and filtered by; the query uses the same text so the planner
 * matches the expression indexes (unqualified columns: only `inventory` has them).
 */
export const INVENTORY_AUTH_MODE = sql`(case when token_auth then 'token' when key_auth then 'key' else 'none' end)`;
export const INVENTORY_UPDATED = sql`(coalesce(updated_at, '1970-01-01 00:00:00+00'::timestamptz))`;

/** The deployments of every connection, synced from the provider so 10k list and filter fast. */
export const inventory = pgTable(
  "inventory",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    workspace: text("workspace").notNull(),
    deployment: text("deployment").notNull(),
    /** For the name search (`like`, several times cheaper than `ilike` on every row). */
    deploymentLower: text("deployment_lower").generatedAlwaysAs(sql`lower(deployment)`),
    computeType: text("compute_type").notNull(),
    state: text("state").notNull(),
    keyAuth: boolean("key_auth").notNull(),
    tokenAuth: boolean("token_auth").notNull(),
    workspaceRegion: text("workspace_region").notNull(),
    /** Where the service runs (the service's `location`: AKS cluster or ACI container group); null if unknown. */
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
    // One index per sort key of GET /api/deployments, ending in the (workspace, deployment) tiebreak,
    // so a keyset page is an index range scan (inventory/inventory-query.ts).
    index("inventory_sort_name").on(t.deployment, t.workspace),
    index("inventory_sort_compute").on(t.computeType, t.workspace, t.deployment),
    index("inventory_sort_state").on(t.state, t.workspace, t.deployment),
    index("inventory_sort_auth").on(INVENTORY_AUTH_MODE, t.workspace, t.deployment),
    index("inventory_sort_region").on(t.workspaceRegion, t.workspace, t.deployment),
    index("inventory_sort_updated").on(INVENTORY_UPDATED, t.workspace, t.deployment),
    index("inventory_cluster_region").on(t.clusterRegion),
    check("inventory_compute_type_check", sql`${t.computeType} in ('ACI', 'AKS')`),
  ],
);

/**
 * Leases of scheduled jobs (inventory sync, …): a replica runs a job only after claiming its row with
 * one conditional upsert (the lease expired and the last run started at least `minInterval` ago), so
 * across replicas on one database each run happens once; a crashed holder's lease simply expires.
 */
export const jobLeases = pgTable("job_leases", {
  job: text("job").primaryKey(),
  holder: text("holder").notNull(),
  leaseUntil: timestamp("lease_until", { withTimezone: true }).notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  /** ok | failed (of the last finished run). */
  outcome: text("outcome"),
  /** How far the job got (audit-reconcile: every intent at or below this seq has its outcome). */
  progress: bigint("progress", { mode: "number" }),
});

/** One-time facts of this installation (e.g. that the default connection was seeded). */
export const appState = pgTable("app_state", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  createdAt: createdAt(),
});

/**
 * Signed anchors of the audit chain (audit/checkpoints.ts): Ed25519 over the seq and hash of the head
 * at `signed_at`. Append-only like the log (triggers refuse UPDATE, DELETE, TRUNCATE); downloaded and
 * kept elsewhere, they let the verify walk detect a truncated tail or a re-computed chain.
 */
export const auditCheckpoints = pgTable(
  "audit_checkpoints",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    seq: bigint("seq", { mode: "number" }).notNull(),
    hash: text("hash").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true, mode: "date" }).notNull(),
    keyId: text("key_id").notNull(),
    /** Base64 Ed25519 signature over the canonical JSON message (see checkpointMessage). */
    signature: text("signature").notNull(),
    /** The signing key's SPKI PEM. */
    publicKey: text("public_key").notNull(),
    /** scheduled | manual */
    trigger: text("trigger").notNull(),
    /** The Admin's oid for a manual checkpoint. */
    createdBy: text("created_by"),
  },
  (t) => [
    index("audit_checkpoints_seq").on(t.seq),
    check("audit_checkpoints_trigger", sql`${t.trigger} in ('scheduled', 'manual')`),
  ],
);

/** One posture summary per UTC day (the last taken that day), for the report's trend. */
export const postureSnapshots = pgTable("posture_snapshots", {
  day: date("day", { mode: "string" }).primaryKey(),
  deployments: integer("deployments").notNull(),
  findings: integer("findings").notNull(),
  /** `{ bySeverity: {high, medium, low, info}, byRule: {<rule id>: n} }` */
  counts: jsonb("counts")
    .$type<{ bySeverity: Record<string, number>; byRule: Record<string, number> }>()
    .notNull(),
  maxKeyAgeDays: integer("max_key_age_days").notNull(),
  takenAt: timestamp("taken_at", { withTimezone: true, mode: "date" }).notNull(),
});

/**
 * Sign-ins already written to the audit log as `session.seen` (audit/sign-in-seen.ts): one row per
 * (oid, sign-in), inserted in the same transaction as the record, so replicas sharing the database
 * record each sign-in once. `sign_in` is `auth_time:<epoch seconds>`, or `day:<YYYY-MM-DD>` (UTC) for
 * a token without `auth_time`. Not append-only like the log: a row is a de-duplication mark, not
 * evidence — deleting one can only cause a second record, never hide one — so old rows may be pruned.
 */
export const auditSessionsSeen = pgTable(
  "audit_sessions_seen",
  {
    oid: text("oid").notNull(),
    signIn: text("sign_in").notNull(),
    firstSeen: timestamp("first_seen", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.oid, t.signIn] })],
);

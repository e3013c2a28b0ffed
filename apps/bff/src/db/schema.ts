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
export const INVENTORY_AUTH_MODE = sql`(case when endpoint_auth_mode is not null then endpoint_auth_mode when token_auth then 'token' when key_auth then 'key' else 'none' end)`;
export const INVENTORY_UPDATED = sql`(coalesce(updated_at, '1970-01-01 00:00:00+00'::timestamptz))`;

/**
 * The deployments of every connection, synced from the provider so 10k list and filter fast: v1 web
 * services and v2 online endpoints side by side (`generation`), so one list, one filter and one posture
 * cover both. A service and an endpoint may share a name in a workspace (a successor keeps its
 * service's name): the generation is part of the key.
 */
export const inventory = pgTable(
  "inventory",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    workspace: text("workspace").notNull(),
    deployment: text("deployment").notNull(),
    /** v1: a web service; v2: an online endpoint. */
    generation: text("generation").notNull().default("v1"),
    /** For the name search (`like`, several times cheaper than `ilike` on every row). */
    deploymentLower: text("deployment_lower").generatedAlwaysAs(sql`lower(deployment)`),
    /** ACI, AKS (v1), Managed, Kubernetes (v2) when managed; any other compute type as Azure wrote it. */
    computeType: text("compute_type").notNull(),
    /** False for a service of a kind whose auth Keyturn does not manage: listed read-only. */
    managed: boolean("managed").notNull().default(true),
    /** As reported; '' when a read-only row's service reports none (so the sort key stays total). */
    state: text("state").notNull(),
    /** A read-only row's auth is not read: false and false, never shown (the API answers null). */
    keyAuth: boolean("key_auth").notNull(),
    tokenAuth: boolean("token_auth").notNull(),
    /**
     * A managed v2 endpoint's mode (Key, AMLToken, AADToken); null for v1 rows. Its key_auth is then
     * "Key" and its token_auth any token mode, so the v1 columns keep one meaning.
     */
    endpointAuthMode: text("endpoint_auth_mode"),
    workspaceRegion: text("workspace_region").notNull(),
    /** Where the service runs (the service's `location`: AKS cluster or ACI container group); null if unknown. */
    clusterRegion: text("cluster_region"),
    scoringUri: text("scoring_uri"),
    /** The service's tags (kvTags) as Azure reports them; rotation policies scoped to a tag match on them. */
    tags: jsonb("tags").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    etag: text("etag"),
    /**
     * When the row was last written (by a sync that found it new or changed, or by a change through
     * the console). A sync leaves an unchanged row alone: when the inventory last saw it is the later
     * of this and its workspace's listing time (INVENTORY_SEEN_AT).
     */
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspace, t.deployment, t.generation] }),
    index("inventory_connection").on(t.connectionId),
    // One index per sort key of GET /api/deployments, ending in the (workspace, deployment, generation)
    // tiebreak, so a keyset page is an index range scan (inventory/inventory-query.ts).
    index("inventory_sort_name").on(t.deployment, t.workspace, t.generation),
    index("inventory_sort_compute").on(t.computeType, t.workspace, t.deployment, t.generation),
    index("inventory_sort_state").on(t.state, t.workspace, t.deployment, t.generation),
    index("inventory_sort_auth").on(INVENTORY_AUTH_MODE, t.workspace, t.deployment, t.generation),
    index("inventory_sort_region").on(t.workspaceRegion, t.workspace, t.deployment, t.generation),
    index("inventory_sort_updated").on(INVENTORY_UPDATED, t.workspace, t.deployment, t.generation),
    index("inventory_cluster_region").on(t.clusterRegion),
    // The name search (`like '%…%'`, any part of the name): trigrams, so a rare name is an index
    // lookup instead of a scan of every row (pg_trgm, created by the migration).
    index("inventory_name_search").using("gin", t.deploymentLower.op("gin_trgm_ops")),
    index("inventory_tags").using("gin", t.tags),
    check("inventory_generation_check", sql`${t.generation} in ('v1', 'v2')`),
    // A managed row is of a kind Keyturn manages in its generation (a v2 one with its mode); a
    // read-only row may be of any kind.
    check(
      "inventory_managed_kind_check",
      sql`not ${t.managed} or (${t.generation} = 'v1' and ${t.computeType} in ('ACI', 'AKS') and ${t.endpointAuthMode} is null) or (${t.generation} = 'v2' and ${t.computeType} in ('Managed', 'Kubernetes') and ${t.endpointAuthMode} in ('Key', 'AMLToken', 'AADToken'))`,
    ),
  ],
);

/**
 * When a sync last listed a workspace's deployments of a generation in full. A sync writes only the
 * rows that are new or changed (rewriting every row on every sync made each sync write each row and
 * its eight index entries again), so a row's own `synced_at` may be older than the listing that saw it.
 */
export const inventoryListings = pgTable(
  "inventory_listings",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    workspace: text("workspace").notNull(),
    generation: text("generation").notNull(),
    listedAt: timestamp("listed_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspace, t.generation] })],
);

/**
 * When the inventory last saw a row: the later of its last write and its workspace's last listing.
 * Qualified by hand: drizzle writes a one-table select's columns unqualified, which inside the
 * subquery would bind to inventory_listings' own columns.
 */
export const INVENTORY_SEEN_AT = sql<Date>`greatest("inventory"."synced_at", (select l.listed_at from inventory_listings l where l.workspace = "inventory"."workspace" and l.generation = "inventory"."generation"))`;

/**
 * The items the last sync could not read, per listing: a workspace's services (`scope` = the
 * workspace) or a connection's workspaces (`scope` = ''). Replaced whole on each sync of its scope;
 * reasons name fields, never values.
 */
export const inventoryUnreadable = pgTable(
  "inventory_unreadable",
  {
    connectionId: uuid("connection_id")
      .notNull()
      .references(() => connections.id, { onDelete: "cascade" }),
    scope: text("scope").notNull(),
    /** The item's position in its listing (every page), from 0. */
    itemIndex: integer("item_index").notNull(),
    name: text("name"),
    reason: text("reason").notNull(),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.scope, t.itemIndex] })],
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

/**
 * Rotation policies (features/rotations/policies-*): which deployments (all, a workspace, or those
 * with a tag key=value), how old their active key may get before the scheduler rotates it, the grace
 * period, and whether a person confirms before the old key dies. One policy per exact scope (the
 * unique index), so "most specific wins" always names one. `version` is the ETag of If-Match.
 */
export const rotationPolicies = pgTable(
  "rotation_policies",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** all | workspace | tag */
    scopeKind: text("scope_kind").notNull(),
    scopeWorkspace: text("scope_workspace"),
    scopeTagKey: text("scope_tag_key"),
    scopeTagValue: text("scope_tag_value"),
    maxKeyAgeDays: integer("max_key_age_days").notNull(),
    graceSeconds: integer("grace_seconds").notNull(),
    requireConfirmation: boolean("require_confirmation").notNull().default(false),
    /** A disabled policy still matches (it is the most specific) but the scheduler starts nothing for it. */
    enabled: boolean("enabled").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    createdBy: text("created_by").notNull(),
    updatedAt: updatedAt(),
    updatedBy: text("updated_by").notNull(),
  },
  (t) => [
    uniqueIndex("rotation_policies_name").on(t.name),
    uniqueIndex("rotation_policies_scope").on(
      t.scopeKind,
      sql`coalesce(${t.scopeWorkspace}, '')`,
      sql`coalesce(${t.scopeTagKey}, '')`,
      sql`coalesce(${t.scopeTagValue}, '')`,
    ),
    check(
      "rotation_policies_scope_check",
      sql`(${t.scopeKind} = 'all' and ${t.scopeWorkspace} is null and ${t.scopeTagKey} is null and ${t.scopeTagValue} is null)
        or (${t.scopeKind} = 'workspace' and ${t.scopeWorkspace} is not null and ${t.scopeTagKey} is null and ${t.scopeTagValue} is null)
        or (${t.scopeKind} = 'tag' and ${t.scopeWorkspace} is null and ${t.scopeTagKey} is not null and ${t.scopeTagValue} is not null)`,
    ),
    check("rotation_policies_max_age", sql`${t.maxKeyAgeDays} between 1 and 3650`),
    check("rotation_policies_grace", sql`${t.graceSeconds} between 0 and 2592000`),
  ],
);

/**
 * The rotation scheduler's hold on a workspace that throttled it (429/503 with Retry-After): no
 * rotation of the workspace is started before `until`, on whichever replica runs the scheduler next.
 */
export const rotationScheduleHolds = pgTable("rotation_schedule_holds", {
  workspace: text("workspace").primaryKey(),
  until: timestamp("until", { withTimezone: true, mode: "date" }).notNull(),
  /** The provider's error code (provider_throttled, provider_unavailable). */
  reason: text("reason").notNull(),
  updatedAt: updatedAt(),
});

/**
 * Key rotations (features/rotations): the domain's state machine as one JSON state, each step's record
 * (intent before, outcome after) so a crash resumes at the last recorded step, and the lease of the
 * replica driving it. `phase` mirrors `state.phase` for the partial unique index: at most one rotation
 * that is not over per deployment, across replicas. `version` guards every write (a cancel racing a step).
 */
export const rotations = pgTable(
  "rotations",
  {
    id: uuid("id").primaryKey(),
    workspace: text("workspace").notNull(),
    deployment: text("deployment").notNull(),
    phase: text("phase").notNull(),
    state: jsonb("state").$type<Record<string, unknown>>().notNull(),
    steps: jsonb("steps").$type<Record<string, unknown>[]>().notNull(),
    startedBy: text("started_by").notNull(),
    /** The rotation policy whose schedule started it (null: started by a person, or the policy is gone). */
    policyId: text("policy_id").references(() => rotationPolicies.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    leaseHolder: text("lease_holder"),
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("rotations_one_active")
      .on(t.workspace, t.deployment)
      .where(sql`${t.phase} not in ('completed', 'failed', 'cancelled')`),
    index("rotations_deployment").on(t.workspace, t.deployment, t.createdAt),
    index("rotations_lease").on(t.leaseUntil),
    index("rotations_policy").on(t.policyId),
  ],
);

/** Where a deployment's active key is published: a Key Vault secret (vault URL, secret name). */
export const keyDestinations = pgTable(
  "key_destinations",
  {
    workspace: text("workspace").notNull(),
    deployment: text("deployment").notNull(),
    vaultUrl: text("vault_url").notNull(),
    secretName: text("secret_name").notNull(),
    /** The secret version last written, and when (null until the first publish succeeds). */
    lastVersion: text("last_version"),
    lastPublishedAt: timestamp("last_published_at", { withTimezone: true, mode: "date" }),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspace, t.deployment, t.vaultUrl, t.secretName] })],
);

/**
 * The value a key regeneration replaced, for the "previous key is refused" check on any replica
 * (features/keys/previous-keys.ts): encrypted with the master key and bound to its key name by
 * associated data, kept until `expires_at` (15 minutes) and deleted once expired. Never logged or returned.
 */
export const previousKeys = pgTable(
  "previous_keys",
  {
    name: text("name").primaryKey(),
    envelope: text("envelope").notNull(),
    fingerprint: text("fingerprint").notNull(),
    replacedAt: timestamp("replaced_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("previous_keys_expiry").on(t.expiresAt)],
);

/**
 * Provider health per workspace region (provider/provider-health.ts): the latest probe of one
 * workspace of the region, its success or failure (a stable error code, never a message with a
 * secret) and latency. Read by every replica's /metrics and the admin view; never by readiness.
 */
export const providerHealth = pgTable("provider_health", {
  region: text("region").primaryKey(),
  workspace: text("workspace").notNull(),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true, mode: "date" }),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true, mode: "date" }),
  /** The latest failure's error code (workspace_region_down, provider_unavailable, …). */
  lastErrorCode: text("last_error_code"),
  latencyMs: integer("latency_ms").notNull(),
  checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }).notNull(),
});

/**
 * Webhooks (features/webhooks): where a rotation policy's rotations are announced (CloudEvents 1.0 over
 * HTTP, signed with HMAC-SHA256). The signing secret is an AES-256-GCM envelope bound to the row
 * (associated data `webhooks:<id>:secret`), shown once when the hook is created; `secret_fingerprint`
 * names it without revealing it. A policy's removal removes its hooks and their deliveries.
 */
export const webhooks = pgTable(
  "webhooks",
  {
    id: uuid("id").primaryKey(),
    policyId: text("policy_id")
      .notNull()
      .references(() => rotationPolicies.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    /** The event types sent (rotation.started, rotation.needs-confirmation, rotation.completed, rotation.failed). */
    events: jsonb("events").$type<string[]>().notNull(),
    encryptedSecret: text("encrypted_secret").notNull(),
    secretFingerprint: text("secret_fingerprint").notNull(),
    /** Bumped on every change; the ETag of the row. */
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("webhooks_policy").on(t.policyId)],
);

/**
 * The webhooks' outbox: one row per event and hook, inserted in the transaction of the rotation's
 * transition that caused it, so an event is never lost to a crash and any replica's sender resumes it.
 * `body` is the exact bytes signed and sent on every attempt. A sender claims a due row by moving
 * `next_attempt_at` past the attempt's deadline (one conditional update), so two senders never send
 * the same attempt. A redelivery is a new row carrying the same event (`event_id`, `body`).
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey(),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    /** The CloudEvents `id`: the same on a redelivery, so a receiver can drop a duplicate. */
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** pending | succeeded | failed (every attempt used) */
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true, mode: "date" }).notNull(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true, mode: "date" }),
    redeliveryOf: uuid("redelivery_of"),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_deliveries_due").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("webhook_deliveries_hook").on(t.webhookId, t.createdAt),
    uniqueIndex("webhook_deliveries_once").on(t.webhookId, t.eventId).where(sql`${t.redeliveryOf} is null`),
    check("webhook_deliveries_status", sql`${t.status} in ('pending', 'succeeded', 'failed')`),
  ],
);

/** The delivery log: each attempt's outcome, answer status, duration and error code (never the secret). */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    /** succeeded | failed */
    outcome: text("outcome").notNull(),
    /** The receiver's HTTP status; null when no answer came (refused, timed out). */
    responseCode: integer("response_code"),
    /** A stable code (http_503, timeout, connection_failed, redirect_refused); null on success. */
    error: text("error"),
    /** The replica that sent it. */
    sender: text("sender").notNull(),
  },
  (t) => [
    uniqueIndex("webhook_attempts_delivery").on(t.deliveryId, t.attempt),
    check("webhook_attempts_outcome", sql`${t.outcome} in ('succeeded', 'failed')`),
  ],
);

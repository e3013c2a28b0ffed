import { randomUUID } from "node:crypto";
import type { Connection, ConnectionBody } from "@keyturn/api-contract";
import { and, asc, count, countDistinct, eq, ne } from "drizzle-orm";
import { encrypt } from "../../crypto/encryption.ts";
import type { Db } from "../../db/client.ts";
import { connections, inventory } from "../../db/schema.ts";
import { credentialAad } from "../../db/seed.ts";
import { ApiError } from "../../errors/api-error.ts";
import { checkIfMatch } from "../../http/if-match.ts";
import {
  type ConnectionCredential,
  CredentialConfigError,
  readConnectionCredential,
} from "../../provider/connection-credential.ts";
import {
  type ConnectionRow,
  forgetProviders,
  listConnectionWorkspaces,
} from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope, safeDetails } from "../audit/public.ts";
import { syncInventorySoon } from "../inventory/public.ts";
import { assertAllowedHosts } from "./connection-hosts.ts";
import type {
  createConnection,
  deleteConnection,
  listConnections,
  testConnection,
  updateConnection,
} from "./connections.routes.ts";
import { describeCredential, newCredential, resolveCredential } from "./stored-credential.ts";

const STALE = "The connection changed since you read it: read it again, then retry.";
const etagOf = (row: ConnectionRow) => `"connection-${row.id}-${row.version}"`;
type Counts = Map<string, { workspaces: number; deployments: number }>;
type Deps = Parameters<AppRouteHandler<typeof listConnections>>[0]["var"]["deps"];

async function inventoryCounts(db: Db): Promise<Counts> {
  const rows = await db
    .select({
      id: inventory.connectionId,
      workspaces: countDistinct(inventory.workspace),
      deployments: count(),
    })
    .from(inventory)
    .groupBy(inventory.connectionId);
  return new Map(rows.map((r) => [r.id, { workspaces: r.workspaces, deployments: r.deployments }]));
}

function storedCredential(deps: Deps, row: ConnectionRow): ConnectionCredential | null {
  try {
    return readConnectionCredential(deps.keys.masterKey, row);
  } catch (err) {
    if (err instanceof CredentialConfigError) return null;
    throw err;
  }
}

function view(deps: Deps, row: ConnectionRow, counts: Counts): Connection {
  const n = counts.get(row.id);
  return {
    id: row.id,
    name: row.name,
    subscriptionId: row.subscriptionId,
    resourceGroup: row.resourceGroup,
    workspace: row.workspace,
    baseUrl: row.baseUrl,
    credential: describeCredential(deps.keys.pepper, storedCredential(deps, row)),
    workspaceCount: n?.workspaces ?? 0,
    deploymentCount: n?.deployments ?? 0,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    etag: etagOf(row),
  };
}

async function findConnection(db: Db, id: string): Promise<ConnectionRow> {
  const [row] = await db.select().from(connections).where(eq(connections.id, id));
  if (!row) throw ApiError.notFound("No such connection.");
  return row;
}

/** Names are unique: a clear 409 rather than the constraint's error. */
async function assertNameFree(db: Db, name: string, exceptId?: string): Promise<void> {
  const clash = await db
    .select({ id: connections.id })
    .from(connections)
    .where(
      exceptId ? and(eq(connections.name, name), ne(connections.id, exceptId)) : eq(connections.name, name),
    );
  if (clash.length > 0)
    throw new ApiError(409, "conflict", { detail: `A connection named "${name}" exists.` });
}

const fieldsOf = (body: ConnectionBody | Omit<ConnectionBody, "credential">) => ({
  name: body.name,
  subscriptionId: body.subscriptionId,
  resourceGroup: body.resourceGroup,
  workspace: body.workspace ?? null,
  baseUrl: body.baseUrl.replace(/\/$/, ""),
});

const sealed = (deps: Deps, id: string, credential: ConnectionCredential) => ({
  credentialKind: credential.kind,
  encryptedCredential: encrypt(deps.keys.masterKey, JSON.stringify(credential.value), credentialAad(id)),
});

export const list: AppRouteHandler<typeof listConnections> = async (c) => {
  const { deps } = c.var;
  const rows = await deps.database.db.select().from(connections).orderBy(asc(connections.name));
  const counts = await inventoryCounts(deps.database.db);
  return c.json({ items: rows.map((row) => view(deps, row, counts)) }, 200);
};

export const create: AppRouteHandler<typeof createConnection> = async (c) => {
  const body = c.req.valid("json");
  const { deps } = c.var;
  const { db } = deps.database;
  await assertNameFree(db, body.name);
  assertAllowedHosts(deps.config, body);
  const credential = newCredential(body.credential, body.baseUrl);
  const id = randomUUID();
  const details = safeDetails({
    change: "create",
    connectionId: id,
    name: body.name,
    credentialKind: credential.kind,
  });
  const audit = auditScope(c, { action: "connection.change", details });
  const row = await auditedChange(audit, async (tx) => {
    const [inserted] = await tx
      .insert(connections)
      .values({ id, ...fieldsOf(body), ...sealed(deps, id, credential) })
      .returning();
    return inserted as ConnectionRow;
  });
  forgetProviders(deps);
  syncInventorySoon(deps, "connection-create"); // in the background: the answer does not wait for it
  c.header("ETag", etagOf(row));
  return c.json(view(deps, row, new Map()), 201);
};

export const update: AppRouteHandler<typeof updateConnection> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const { deps } = c.var;
  const { db } = deps.database;
  const row = await findConnection(db, id);
  checkIfMatch(c.req.header("if-match"), etagOf(row), STALE);
  await assertNameFree(db, body.name, id);
  assertAllowedHosts(deps.config, body);
  const stored = storedCredential(deps, row);
  // A stored secret stays bound to the address and authority it was entered for.
  const resolved = resolveCredential(body, { baseUrl: row.baseUrl, credential: stored });
  // Re-sending the same principal without its secret is not a change.
  const credential = resolved && JSON.stringify(resolved) !== JSON.stringify(stored) ? resolved : null;
  const fields = fieldsOf(body);
  const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((k) => fields[k] !== row[k]);
  const details = safeDetails({
    change: "update",
    connectionId: id,
    name: body.name,
    changed: changed.join(","),
    credentialChanged: credential !== null,
  });
  const audit = auditScope(c, { action: "connection.change", details });
  const updated = await auditedChange(audit, async (tx) => {
    const [written] = await tx
      .update(connections)
      .set({
        ...fields,
        ...(credential ? sealed(deps, id, credential) : {}),
        version: row.version + 1,
        updatedAt: deps.now(),
      })
      .where(and(eq(connections.id, id), eq(connections.version, row.version)))
      .returning();
    if (!written) throw new ApiError(412, "precondition_failed", { detail: STALE });
    return written;
  });
  forgetProviders(deps);
  syncInventorySoon(deps, "connection-update"); // in the background: the answer does not wait for it
  c.header("ETag", etagOf(updated));
  return c.json(view(deps, updated, await inventoryCounts(db)), 200);
};

export const remove: AppRouteHandler<typeof deleteConnection> = async (c) => {
  const { id } = c.req.valid("param");
  const { deps } = c.var;
  const { db } = deps.database;
  const row = await findConnection(db, id);
  checkIfMatch(c.req.header("if-match"), etagOf(row), STALE);
  const details = safeDetails({ change: "delete", connectionId: id, name: row.name });
  const audit = auditScope(c, { action: "connection.change", details });
  await auditedChange(audit, async (tx) => {
    const removed = await tx
      .delete(connections)
      .where(and(eq(connections.id, id), eq(connections.version, row.version)))
      .returning({ id: connections.id });
    if (removed.length === 0) throw new ApiError(412, "precondition_failed", { detail: STALE });
  });
  forgetProviders(deps);
  syncInventorySoon(deps, "connection-delete"); // in the background: the answer does not wait for it
  return c.body(null, 204);
};

export const test: AppRouteHandler<typeof testConnection> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await findConnection(c.var.deps.database.db, id);
  const started = performance.now();
  const workspaces = await listConnectionWorkspaces(c.var.deps, row);
  const durationMs = Math.round(performance.now() - started);
  return c.json({ workspaces: workspaces.map((w) => ({ name: w.name, region: w.region })), durationMs }, 200);
};

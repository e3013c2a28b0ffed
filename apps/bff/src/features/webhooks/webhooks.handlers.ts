import { randomUUID } from "node:crypto";
import type { WebhookBody } from "@keyturn/api-contract";
import { webhookAddressRefusal, webhookUrlRefusal } from "@keyturn/auth-domain";
import { and, desc, eq } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import type { Tx } from "../../db/client.ts";
import { rotationPolicies, webhooks } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { checkIfMatch } from "../../http/if-match.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope, safeDetails } from "../audit/public.ts";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret.ts";
import { etagOf, findWebhook, toWebhook, type WebhookRow } from "./webhook-store.ts";
import type {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  replaceSecret,
  updateWebhook,
} from "./webhooks.routes.ts";

const STALE = "The webhook changed since you read it: read it again, then retry.";

/**
 * The body's rules that need the server: an address it may send to (by mode; in production not an
 * internal one, 400 `webhook_address_not_allowed`), a policy that exists.
 */
async function checkBody(deps: AppDeps, body: WebhookBody): Promise<void> {
  const production = deps.config.mode === "production";
  const internal = production ? webhookAddressRefusal(body.url) : null;
  if (internal !== null) {
    throw new ApiError(400, "webhook_address_not_allowed", {
      detail: "The console does not send events inside its own network: use a public address.",
      errors: [{ path: "url", message: internal }],
    });
  }
  const refused = webhookUrlRefusal(body.url, { allowLoopbackHttp: !production });
  const errors = refused === null ? [] : [{ path: "url", message: refused }];
  const [policy] = await deps.database.db
    .select({ id: rotationPolicies.id })
    .from(rotationPolicies)
    .where(eq(rotationPolicies.id, body.policyId));
  if (!policy) errors.push({ path: "policyId", message: "no such rotation policy" });
  if (errors.length > 0) throw ApiError.validation(errors, "The webhook cannot be saved as it is.");
}

/** Holds the policy for the transaction (a removal waits), or refuses the body if it went meanwhile. */
async function keepPolicy(tx: Tx, policyId: string): Promise<void> {
  const [kept] = await tx
    .select({ id: rotationPolicies.id })
    .from(rotationPolicies)
    .where(eq(rotationPolicies.id, policyId))
    .for("share");
  if (!kept) throw ApiError.validation([{ path: "policyId", message: "no such rotation policy" }]);
}

/** What the audit log keeps of a change: the hook, its policy, the receiver's host — never its path. */
const changeDetails = (
  change: string,
  id: string,
  body: { url: string; policyId: string; events: string[] },
) =>
  safeDetails({
    change,
    webhookId: id,
    policyId: body.policyId,
    host: URL.canParse(body.url) ? new URL(body.url).host : undefined,
    events: body.events.join(","),
  });

export const list: AppRouteHandler<typeof listWebhooks> = async (c) => {
  const { policyId } = c.req.valid("query");
  const rows = await c.var.deps.database.db
    .select()
    .from(webhooks)
    .where(policyId === undefined ? undefined : eq(webhooks.policyId, policyId))
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id));
  return c.json({ items: rows.map(toWebhook) }, 200);
};

export const create: AppRouteHandler<typeof createWebhook> = async (c) => {
  const body = c.req.valid("json");
  const { deps } = c.var;
  await checkBody(deps, body);
  const id = randomUUID();
  const secret = newWebhookSecret();
  const scope = auditScope(c, { action: "webhook.change", details: changeDetails("create", id, body) });
  const row = await auditedChange(scope, async (tx) => {
    await keepPolicy(tx, body.policyId);
    const [inserted] = await tx
      .insert(webhooks)
      .values({
        id,
        policyId: body.policyId,
        url: body.url,
        events: body.events,
        ...sealWebhookSecret(deps.keys, id, secret),
        createdBy: c.var.identity.username.slice(0, 200),
      })
      .returning();
    return inserted as WebhookRow;
  });
  c.header("ETag", etagOf(row));
  return c.json({ webhook: toWebhook(row), secret }, 201);
};

export const get: AppRouteHandler<typeof getWebhook> = async (c) => {
  const row = await findWebhook(c.var.deps.database.db, c.req.valid("param").id);
  c.header("ETag", etagOf(row));
  return c.json(toWebhook(row), 200);
};

export const update: AppRouteHandler<typeof updateWebhook> = async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const { deps } = c.var;
  const row = await findWebhook(deps.database.db, id);
  checkIfMatch(c.req.header("if-match"), etagOf(row), STALE);
  await checkBody(deps, body);
  const scope = auditScope(c, { action: "webhook.change", details: changeDetails("update", id, body) });
  const updated = await auditedChange(scope, async (tx) => {
    await keepPolicy(tx, body.policyId);
    const [written] = await tx
      .update(webhooks)
      .set({
        url: body.url,
        policyId: body.policyId,
        events: body.events,
        version: row.version + 1,
        updatedAt: deps.now(),
      })
      .where(and(eq(webhooks.id, id), eq(webhooks.version, row.version)))
      .returning();
    if (!written) throw new ApiError(412, "precondition_failed", { detail: STALE });
    return written;
  });
  c.header("ETag", etagOf(updated));
  return c.json(toWebhook(updated), 200);
};

/**
 * A new signing secret, answered this once; the old one signs nothing more (an attempt reads the hook's
 * secret when it starts). The audit record names the change and the new fingerprint, never a value.
 */
export const newSecret: AppRouteHandler<typeof replaceSecret> = async (c) => {
  const { id } = c.req.valid("param");
  const { deps } = c.var;
  const row = await findWebhook(deps.database.db, id);
  checkIfMatch(c.req.header("if-match"), etagOf(row), STALE);
  const secret = newWebhookSecret();
  const sealed = sealWebhookSecret(deps.keys, id, secret);
  const details = {
    ...changeDetails("secret", id, row),
    ...safeDetails({ previousFingerprint: row.secretFingerprint, fingerprint: sealed.secretFingerprint }),
  };
  const scope = auditScope(c, { action: "webhook.change", details });
  const updated = await auditedChange(scope, async (tx) => {
    const [written] = await tx
      .update(webhooks)
      .set({ ...sealed, version: row.version + 1, updatedAt: deps.now() })
      .where(and(eq(webhooks.id, id), eq(webhooks.version, row.version)))
      .returning();
    if (!written) throw new ApiError(412, "precondition_failed", { detail: STALE });
    return written;
  });
  c.header("ETag", etagOf(updated));
  return c.json({ webhook: toWebhook(updated), secret }, 200);
};

export const remove: AppRouteHandler<typeof deleteWebhook> = async (c) => {
  const { id } = c.req.valid("param");
  const { db } = c.var.deps.database;
  const row = await findWebhook(db, id);
  checkIfMatch(c.req.header("if-match"), etagOf(row), STALE);
  const scope = auditScope(c, { action: "webhook.change", details: changeDetails("delete", id, row) });
  await auditedChange(scope, async (tx) => {
    const removed = await tx
      .delete(webhooks)
      .where(and(eq(webhooks.id, id), eq(webhooks.version, row.version)))
      .returning({ id: webhooks.id });
    if (removed.length === 0) throw new ApiError(412, "precondition_failed", { detail: STALE });
  });
  return c.body(null, 204);
};

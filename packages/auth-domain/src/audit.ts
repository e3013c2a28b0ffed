import { z } from "zod";
import { KeyTypeSchema } from "./keys.ts";

/** What was done. Each security-relevant action has one name (security.md, property 17). */
export const AuditActionSchema = z.enum([
  "session.seen",
  "deployment.create",
  "deployment.delete",
  "deployment.auth-settings.change",
  "key.regenerate",
  "key.reveal",
  "key.identify",
  "rotation.start",
  "rotation.step",
  "rotation.cancel",
  "destination.change",
  "webhook.change",
  "webhook.redeliver",
  "token.get",
  "token.reveal",
  "test-call.run",
  "enforcement.verify",
  "connection.change",
  "policy.change",
  "audit.export",
  "audit.verify",
  "audit.checkpoint",
  // v2 online endpoints: their own names, so a v1 service's record and an endpoint's never read alike.
  "endpoint.create",
  "endpoint.auth.change",
  "endpoint.key.regenerate",
  "endpoint.key.reveal",
  "endpoint.key.identify",
  "endpoint.token.get",
  "endpoint.test-call.run",
  "endpoint.enforcement.verify",
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * `intent` is written before a provider call; `success` or `failed` ends it. `reconciled` ends an
 * intent whose process never wrote its outcome (a crash): the BFF read the provider's state after the
 * action's deadline and recorded what it found.
 */
export const AuditOutcomeSchema = z.enum(["intent", "success", "denied", "failed", "reconciled"]);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/**
 * Detail values are deliberately narrow: short identifiers, numbers, booleans, fingerprints. A free
 * string is capped well below any key or token length and must not look like one: a run of 20+
 * base64/base64url/hex/JWT characters is refused unless it is plainly an identifier (lowercase words
 * of at most 16 characters joined by `-`, `_`, `.` or `/`: an error code, a UUID, a host name).
 * 16 random bytes are already 22 base64url or 32 hex characters, so no field can carry a secret value.
 */
const TOKEN_RUN = /[A-Za-z0-9+/=_.-]{20,}/g;
const IDENTIFIER = /^[a-z0-9]{1,16}(?:[-_./][a-z0-9]{1,16})*$/;
const looksLikeSecret = (s: string) => (s.match(TOKEN_RUN) ?? []).some((run) => !IDENTIFIER.test(run));
export const AuditDetailValueSchema = z.union([
  z
    .string()
    .max(200)
    .refine((s) => !looksLikeSecret(s), "looks like a secret value; record a fingerprint instead"),
  z.number(),
  z.boolean(),
  z.null(),
]);

export const AuditActorSchema = z.object({
  oid: z.string().max(64),
  name: z.string().max(200),
  username: z.string().max(200),
  roles: z.array(z.string().max(64)).max(20),
});
export type AuditActor = z.infer<typeof AuditActorSchema>;

export const AuditTargetSchema = z.object({
  workspace: z.string().max(200).optional(),
  deployment: z.string().max(200).optional(),
  keyType: KeyTypeSchema.optional(),
});
export type AuditTarget = z.infer<typeof AuditTargetSchema>;

/** One audit event as written by the apps; the chain fields (sequence, hashes) are added on append. */
export const AuditEventSchema = z.strictObject({
  actor: AuditActorSchema,
  action: AuditActionSchema,
  target: AuditTargetSchema,
  /** ISO 8601 UTC. */
  at: z.iso.datetime(),
  outcome: AuditOutcomeSchema,
  requestId: z.string().max(100),
  clientAddress: z.string().max(100).nullable(),
  userAgent: z.string().max(300).nullable(),
  details: z.record(z.string().max(64), AuditDetailValueSchema).default({}),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

import { type AuditAction, AuditActionSchema } from "@keyturn/auth-domain";
import type { TFunction } from "i18next";
import type { Messages } from "../../../lib/i18n/resources";

type ActionKey = keyof Messages["audit"]["actions"];

/** Each audit action's message (action names hold dots, which i18next reads as nesting). */
const ACTION_KEYS: Record<AuditAction, ActionKey> = {
  "session.seen": "sessionSeen",
  "deployment.create": "deploymentCreate",
  "deployment.delete": "deploymentDelete",
  "deployment.auth-settings.change": "deploymentAuthSettingsChange",
  "key.regenerate": "keyRegenerate",
  "key.reveal": "keyReveal",
  "key.identify": "keyIdentify",
  "token.get": "tokenGet",
  "token.reveal": "tokenReveal",
  "test-call.run": "testCallRun",
  "enforcement.verify": "enforcementVerify",
  "connection.change": "connectionChange",
  "policy.change": "policyChange",
  "audit.export": "auditExport",
  "audit.verify": "auditVerify",
  "audit.checkpoint": "auditCheckpoint",
  "rotation.start": "rotationStart",
  "rotation.step": "rotationStep",
  "rotation.cancel": "rotationCancel",
  "destination.change": "destinationChange",
  "webhook.change": "webhookChange",
  "webhook.redeliver": "webhookRedeliver",
  "endpoint.create": "endpointCreate",
  "endpoint.auth.change": "endpointAuthChange",
  "endpoint.key.regenerate": "endpointKeyRegenerate",
  "endpoint.key.reveal": "endpointKeyReveal",
  "endpoint.key.identify": "endpointKeyIdentify",
  "endpoint.token.get": "endpointTokenGet",
  "endpoint.test-call.run": "endpointTestCallRun",
  "endpoint.enforcement.verify": "endpointEnforcementVerify",
};

/** An audit action in plain words; an action this version does not know, as recorded. */
export function actionWords(action: string, t: TFunction): string {
  const known = AuditActionSchema.safeParse(action);
  return known.success ? t(`audit.actions.${ACTION_KEYS[known.data]}`) : action;
}

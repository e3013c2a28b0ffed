import type { RotationPolicy, Webhook, WebhookDelivery } from "@keyturn/api-contract";

// Test data for the webhooks screen, shaped as the BFF answers.

export const POLICY: RotationPolicy = {
  id: "policy-prod",
  name: "Production keys",
  scope: { kind: "workspace", workspace: "ws-prod-eastus" },
  maxKeyAgeDays: 90,
  graceSeconds: 900,
  requireConfirmation: true,
  enabled: true,
  version: 1,
  etag: '"rotation-policy-policy-prod-1"',
  createdAt: "2026-12-01T10:00:00.000Z",
  createdBy: "admin@keyturn.test",
  updatedAt: "2026-12-01T10:00:00.000Z",
  updatedBy: "admin@keyturn.test",
};

export const HOOK: Webhook = {
  id: "8f14e45f-ceea-4e7a-9f3b-2d5c8e1a0b7f",
  policyId: POLICY.id,
  url: "https://hooks.example.com/keyturn",
  events: ["rotation.completed", "rotation.failed"],
  secretFingerprint: "a1b2c3d4e5f6",
  createdBy: "admin@keyturn.test",
  createdAt: "2026-12-02T09:00:00.000Z",
  updatedAt: "2026-12-02T09:00:00.000Z",
  version: 1,
  etag: '"webhook-8f14e45f-ceea-4e7a-9f3b-2d5c8e1a0b7f-1"',
};

export const FAILED_DELIVERY: WebhookDelivery = {
  id: "0b7f8f14-e45f-4cee-a9f3-2d5c8e1a0b7f",
  webhookId: HOOK.id,
  eventId: "3f0c5a1e-9b2d-8c47-a1f0-6d2e9c4b7a10",
  eventType: "rotation.failed",
  subject: "ws-prod-eastus/churn-predictor",
  status: "failed",
  attempts: Array.from({ length: 8 }, (_, i) => ({
    attempt: i + 1,
    startedAt: "2026-12-02T10:00:00.000Z",
    durationMs: 12,
    outcome: "failed" as const,
    responseCode: i === 7 ? null : 503,
    error: i === 7 ? "timeout" : "http_503",
  })),
  maxAttempts: 8,
  nextAttemptAt: null,
  redeliveryOf: null,
  createdAt: "2026-12-02T10:00:00.000Z",
};

export const SECRET = "whsec_x1Y2z3A4b5C6d7E8f9G0h1I2j3K4l5M6n7O8p9Q0r1S";

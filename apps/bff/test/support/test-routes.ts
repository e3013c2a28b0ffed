import { z } from "@hono/zod-openapi";
import { KeyTypeSchema } from "@keyturn/auth-domain";
import { ApiError } from "../../src/errors/api-error.ts";
import { auditedCall, auditScope } from "../../src/features/audit/public.ts";
import { createRouter } from "../../src/routing/create-router.ts";
import { defineRoute } from "../../src/routing/define-route.ts";

const ok = {
  200: { description: "ok", content: { "application/json": { schema: z.object({ ok: z.boolean() }) } } },
};

export const echo = defineRoute({
  method: "post",
  path: "/test/echo",
  permission: "authenticated",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.strictObject({ name: z.string().max(50), count: z.number().int().optional() }),
        },
      },
    },
  },
  responses: {
    200: { description: "echo", content: { "application/json": { schema: z.object({ name: z.string() }) } } },
  },
});

const slow = defineRoute({ method: "get", path: "/test/slow", permission: "authenticated", responses: ok });
const boom = defineRoute({ method: "get", path: "/test/boom", permission: "authenticated", responses: ok });

const auditRead = defineRoute({
  method: "get",
  path: "/test/audit-export",
  permission: "audit:read",
  audit: { action: "audit.export" },
  responses: ok,
});

const RegenerateParams = z.strictObject({
  workspace: z.string().max(100),
  deployment: z.string().max(100),
  keyType: KeyTypeSchema,
});

export const regenerate = defineRoute({
  method: "post",
  path: "/test/{workspace}/{deployment}/keys/{keyType}/regenerate",
  permission: "key:regenerate",
  audit: {
    action: "key.regenerate",
    target: (c) => ({
      workspace: c.req.param("workspace"),
      deployment: c.req.param("deployment"),
      keyType: c.req.param("keyType"),
    }),
  },
  request: { params: RegenerateParams },
  responses: ok,
});

const reveal = defineRoute({
  method: "get",
  path: "/test/reveal",
  permission: "secret:reveal",
  stepUp: true,
  responses: ok,
});

/** Faults: a handler slower than the test timeout and one that crashes. */
export function createFaultRouter() {
  return createRouter()
    .openapi(slow, async (c) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return c.json({ ok: true }, 200);
    })
    .openapi(boom, () => {
      throw new Error("internal detail: password=hunter2");
    });
}

export interface ExampleState {
  providerCalls: number;
  failProvider?: boolean;
}

/**
 * Routes shaped like the resource routes to come: a strict body, a guarded read with a denied-audit,
 * an audited provider call (auditedCall) and a step-up route.
 */
export function createExampleRouter(state: ExampleState = { providerCalls: 0 }) {
  return createRouter()
    .openapi(echo, (c) => c.json({ name: c.req.valid("json").name }, 200))
    .openapi(auditRead, (c) => c.json({ ok: true }, 200))
    .openapi(regenerate, async (c) => {
      const { workspace, deployment, keyType } = c.req.valid("param");
      const result = await auditedCall(
        auditScope(c, { action: "key.regenerate", target: { workspace, deployment, keyType } }),
        async () => {
          state.providerCalls += 1;
          if (state.failProvider) throw new ApiError(503, "provider_unavailable", { detail: "down" });
          return { fingerprint: "0123456789ab" };
        },
        { successDetails: (r) => ({ fingerprint: r.fingerprint }) },
      );
      return c.json({ ok: result.fingerprint.length === 12 }, 200);
    })
    .openapi(reveal, (c) => c.json({ ok: true }, 200));
}

import { checkCustomKey, normalizeKeyType } from "@keyturn/auth-domain";
import { OPERATION_LOCATION_HEADER, RegenerateKeyBodySchema, type ServiceKeys } from "@keyturn/azureml-rest";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError } from "../errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { generateServiceKey } from "../secrets/service-keys.ts";
import { guard } from "./guard.ts";
import { requireManagedService } from "./lookup.ts";
import { recordOperation } from "./operations.ts";
import { operationLocation, toWireOperation } from "./wire.ts";

/** Key types arrive in any case (`primary`); the domain normalises them or names what is accepted. */
function normalizeKeyTypeField(body: unknown): unknown {
  if (typeof body !== "object" || body === null || !("keyType" in body) || typeof body.keyType !== "string") {
    return body;
  }
  const keyType = normalizeKeyType(body.keyType);
  if (!keyType.ok) throw EmulatorError.fromDomain(keyType.error);
  return { ...body, keyType: keyType.value };
}

/** A chosen `keyValue` must pass the domain's key rule (400 `weak_key`, the key never echoed). */
function refuseWeakKeyValue(body: unknown): unknown {
  if (typeof body === "object" && body !== null && "keyValue" in body && typeof body.keyValue === "string") {
    const checked = checkCustomKey(body.keyValue);
    if (!checked.ok) throw EmulatorError.fromDomain(checked.error);
  }
  return body;
}

/** List both keys; regenerate one (the other never changes). The new key is in force at once. */
export function keyRoutes(ctx: EmulatorContext) {
  const { store } = ctx;
  return new Hono<AppEnv>()
    .post("/services/:name/listkeys", guard(ctx, "listkeys"), (c) => {
      const service = requireManagedService(store, c.var.workspace, c.req.param("name"), "listkeys");
      const body: ServiceKeys = { primaryKey: service.primaryKey, secondaryKey: service.secondaryKey };
      c.header("Cache-Control", "no-store");
      return c.json(body, 200);
    })
    .post("/services/:name/regenerateKeys", guard(ctx, "regenerateKeys"), async (c) => {
      const workspace = c.var.workspace;
      const body = parseWith(
        RegenerateKeyBodySchema,
        refuseWeakKeyValue(normalizeKeyTypeField(await readJson(c))),
        "regenerateKeys body",
      );
      const service = requireManagedService(store, workspace, c.req.param("name"), "regenerateKeys");
      const value = body.keyValue ?? generateServiceKey();
      const field = body.keyType === "Primary" ? "primaryKey" : "secondaryKey";
      store.putService({ ...service, [field]: value, updatedTime: new Date().toISOString() });
      const operation = recordOperation(store, workspace, service, "RegenerateKeys", "Succeeded");
      await store.save();
      c.header(OPERATION_LOCATION_HEADER, operationLocation(ctx.baseUrl(), workspace, operation.id));
      return c.json(toWireOperation(operation), 202);
    });
}

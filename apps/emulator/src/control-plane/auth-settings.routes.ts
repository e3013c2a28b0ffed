import { applyAuthChange } from "@keyturn/auth-domain";
import { AuthPatchSchema, JSON_PATCH_CONTENT_TYPE, patchToAuthChange } from "@keyturn/azureml-rest";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError } from "../errors.ts";
import { parseWith, readJson, requireContentType } from "../http/body.ts";
import { guard } from "./guard.ts";
import { requireManagedService } from "./lookup.ts";
import { toWireService } from "./service-wire.ts";

/** PATCH a service's auth settings with a JSON Patch; the domain's rules decide what is allowed. */
export function authSettingsRoutes(ctx: EmulatorContext) {
  const { store } = ctx;
  return new Hono<AppEnv>().patch("/services/:name", guard(ctx, "patch"), async (c) => {
    requireContentType(c, JSON_PATCH_CONTENT_TYPE);
    const patch = parseWith(
      AuthPatchSchema,
      await readJson(c),
      "JSON Patch (only `replace` of /authEnabled and /aadAuthEnabled with a boolean is supported)",
    );
    const service = requireManagedService(store, c.var.workspace, c.req.param("name"), "patch");
    const current = { keyAuth: service.authEnabled, tokenAuth: service.aadAuthEnabled };
    const next = applyAuthChange(service.computeType, current, patchToAuthChange(patch));
    if (!next.ok) throw EmulatorError.fromDomain(next.error);
    const updated = {
      ...service,
      authEnabled: next.value.keyAuth,
      aadAuthEnabled: next.value.tokenAuth,
      updatedTime: new Date().toISOString(),
    };
    store.putService(updated);
    await store.save();
    return c.json(toWireService(updated, ctx.baseUrl()), 200);
  });
}

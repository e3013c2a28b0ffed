import { ScoringInputSchema } from "@keyturn/azureml-rest";
import { type Context, Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError, notFound } from "../errors.ts";
import { parseJsonText, parseWith } from "../http/body.ts";
import { readBodyText, requestHeader } from "../http/node-request.ts";
import { predictDiabetesProgression } from "../model/diabetes.ts";
import { swaggerDocument } from "../model/swagger.ts";
import { authorizeScoring } from "./authorize.ts";
import type { ScoringTarget } from "./scoring-index.ts";
import { aciKey, aksKey, endpointPrefix } from "./scoring-paths.ts";

/** 1000 rows of 10 numbers fit well within this. */
const MAX_BODY_BYTES = 1024 * 1024;

type KeyOf = (c: Context<AppEnv>) => string;
const aks: KeyOf = (c) => aksKey(c.req.param("cluster") ?? "", c.req.param("name") ?? "");
const aci: KeyOf = (c) => aciKey(c.req.param("host") ?? "");

/**
 * The data plane: each service's scoring endpoint and its swagger.json. The hot path is a map lookup,
 * the credential check, the input's validation and ten multiply-adds per row; no logging.
 */
export function scoringRoutes(ctx: EmulatorContext) {
  const target = (c: Context<AppEnv>, keyOf: KeyOf): ScoringTarget => {
    const found = ctx.scoring.get(keyOf(c));
    if (!found) throw notFound(`No service is deployed at ${c.req.path}.`);
    if (found.state !== "Healthy") {
      throw new EmulatorError(
        503,
        "service_unavailable",
        `The service is ${found.state}; it cannot score now.`,
      );
    }
    return found;
  };

  const score = (keyOf: KeyOf) => async (c: Context<AppEnv>) => {
    const t = target(c, keyOf);
    const pending = authorizeScoring(t, requestHeader(c, "authorization"), ctx.store, ctx.tokens);
    if (pending) await pending;
    const input = parseWith(
      ScoringInputSchema,
      parseJsonText(await readBodyText(c, MAX_BODY_BYTES)),
      'scoring input (expected {"data": [[10 numbers], …]})',
    );
    return c.json(predictDiabetesProgression(input.data), 200);
  };

  const swagger = (keyOf: KeyOf) => (c: Context<AppEnv>) => {
    const t = target(c, keyOf);
    return c.json(swaggerDocument(t.service, `${ctx.baseUrl()}${endpointPrefix(t.service) ?? ""}`), 200);
  };

  return new Hono<AppEnv>()
    .post("/aks/:cluster/api/v1/service/:name/score", score(aks))
    .get("/aks/:cluster/api/v1/service/:name/swagger.json", swagger(aks))
    .post("/aci/:host/score", score(aci))
    .get("/aci/:host/swagger.json", swagger(aci));
}

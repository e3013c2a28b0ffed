import { ResourceNameSchema } from "@keyturn/api-contract";
import { safeText } from "@keyturn/auth-domain";
import type { Context } from "hono";
import type { RawTarget } from "../features/audit/public.ts";
import { problemResponse, z } from "./problem-responses.ts";

// The path of the routes that act on one deployment's secrets: /deployments/{workspace}/{name}/…

export const DeploymentParamsSchema = z.strictObject({
  workspace: ResourceNameSchema.meta({ param: { name: "workspace", in: "path" }, example: "ws-prod-eastus" }),
  name: ResourceNameSchema.meta({ param: { name: "name", in: "path" }, example: "churn-predictor" }),
});

/** keyType is any string here: the handler case-normalises it (auth-domain) or answers 400. */
export const KeyParamsSchema = DeploymentParamsSchema.extend({
  keyType: safeText()
    .min(1)
    .max(32)
    .openapi({ param: { name: "keyType", in: "path" }, example: "Secondary" }),
});

export const DEPLOYMENT_PATH = "/deployments/{workspace}/{name}";

/** The audit target of a refused (403) call, from the raw path. */
export const deniedTarget = (c: Context): RawTarget => ({
  workspace: c.req.param("workspace"),
  deployment: c.req.param("name"),
  keyType: c.req.param("keyType"),
});

/** What a route that calls the workspace can answer besides the platform's problems. */
export const PROVIDER_PROBLEMS = {
  404: problemResponse("not_found: no such workspace or deployment."),
  409: problemResponse(
    "conflict: the deployment is not in a state that allows this (e.g. no scoring URI yet).",
  ),
  502: problemResponse(
    "provider_unavailable / provider_rejected: the workspace could not be reached or refused; credential_refused: the identity provider refused the connection's client id or secret.",
  ),
} as const;

/** A JSON response of a route. */
export const jsonResponse = <S>(description: string, schema: S) => ({
  description,
  content: { "application/json": { schema } },
});

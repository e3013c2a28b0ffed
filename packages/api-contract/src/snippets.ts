import { AuthModeSchema, EndpointAuthModeSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape, ResourceNameSchema } from "./deployments.ts";
import { EndpointRefShape } from "./endpoints.ts";

/**
 * `GET /api/deployments/{workspace}/{name}/snippets`: client code for the deployment's auth mode, with
 * placeholders where a key or token goes (never a real value).
 */
export const ClientSnippetsSchema = z
  .strictObject({
    ...DeploymentRefShape,
    mode: AuthModeSchema,
    scoringUri: z.string(),
    /** Token mode: the workspace's token call the snippets use. */
    tokenUrl: z.string().nullable(),
    snippets: z.strictObject({ python: z.string(), curl: z.string(), typescript: z.string() }),
  })
  .meta({ id: "ClientSnippets" });
export type ClientSnippets = z.infer<typeof ClientSnippetsSchema>;

/** `GET /api/endpoints/{workspace}/{name}/snippets?deployment=`: the deployment the calls go to. */
export const EndpointSnippetsQuerySchema = z.strictObject({ deployment: ResourceNameSchema.optional() });
export type EndpointSnippetsQuery = z.infer<typeof EndpointSnippetsQuerySchema>;

/**
 * Client code for a v2 online endpoint's auth mode (Python, cURL, TypeScript, the `az ml` CLI). A key
 * or token is read from the environment or fetched at run time, never written in.
 */
export const EndpointClientSnippetsSchema = z
  .strictObject({
    ...EndpointRefShape,
    authMode: EndpointAuthModeSchema,
    scoringUri: z.string(),
    /** Sent as `azureml-model-deployment`; null: the traffic split picks. */
    deployment: z.string().nullable(),
    /** The deployments behind the endpoint, any of which may be chosen. */
    deployments: z.array(z.string()),
    snippets: z.strictObject({
      python: z.string(),
      curl: z.string(),
      typescript: z.string(),
      cli: z.string(),
    }),
  })
  .meta({ id: "EndpointClientSnippets" });
export type EndpointClientSnippets = z.infer<typeof EndpointClientSnippetsSchema>;

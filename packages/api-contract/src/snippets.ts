import { AuthModeSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";

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

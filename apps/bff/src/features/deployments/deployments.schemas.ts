import { ResourceNameSchema } from "@keyturn/api-contract";
import { safeText } from "@keyturn/auth-domain";
import { z } from "../../routing/problem-responses.ts";

// Route plumbing of the deployment routes (path parameters, headers); the payloads are the
// contract's (`@keyturn/api-contract`).

export const WorkspaceParamsSchema = z.strictObject({
  // `.meta()`, not `.openapi()`: the contract's schemas may be created before @hono/zod-openapi loads.
  workspace: ResourceNameSchema.meta({ param: { name: "workspace", in: "path" }, example: "ws-prod-eastus" }),
});

export const IfMatchHeaderSchema = z.object({
  "if-match": safeText()
    .max(500)
    .optional()
    .openapi({ description: "The deployment's current ETag (required)." }),
});

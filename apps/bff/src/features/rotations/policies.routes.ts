import {
  RotationPolicyBodySchema,
  RotationPolicyListSchema,
  RotationPolicySchema,
  RotationPreviewSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse } from "../../routing/deployment-path.ts";
import { preconditionResponses, problemResponse, z } from "../../routing/problem-responses.ts";
import { IfMatchHeaderSchema } from "../deployments/public.ts";

const PATH = "/rotation-policies";
const ParamsSchema = z.object({
  id: z
    .uuid()
    .openapi({ param: { name: "id", in: "path" }, example: "0b9f4d0e-3c1a-4d8e-9a55-0c1d2e3f4a5b" }),
});
const PRECONDITIONS = preconditionResponses("the policy's");
const NOT_FOUND = { 404: problemResponse("not_found: no such rotation policy.") } as const;
const CONFLICT = {
  409: problemResponse("conflict: a policy with this name, or with exactly this scope, exists."),
} as const;
const withEtag = (description: string) => ({
  ...jsonResponse(description, RotationPolicySchema),
  headers: { ETag: { description: "Strong ETag of the policy", schema: { type: "string" as const } } },
});
const audit = { action: "policy.change" as const };
const body = { required: true, content: { "application/json": { schema: RotationPolicyBodySchema } } };

export const listRotationPolicies = defineRoute({
  method: "get",
  path: PATH,
  tags: ["rotations"],
  summary: "Rotation policies: scope, maximum key age, grace period, confirmation (by name)",
  permission: "settings:admin",
  responses: { 200: jsonResponse("The policies", RotationPolicyListSchema) },
});

export const createRotationPolicy = defineRoute({
  method: "post",
  path: PATH,
  tags: ["rotations"],
  summary: "Add a rotation policy; audited as policy.change",
  description:
    "Scope: every deployment, a workspace, or the deployments with a tag key=value. When several " +
    "policies cover a deployment the most specific applies (tag, then workspace, then all; among " +
    "tags the shortest maximum age). One policy per exact scope.",
  permission: "settings:admin",
  audit,
  request: { body },
  responses: { 201: withEtag("The new policy"), ...CONFLICT },
});

export const getRotationPolicy = defineRoute({
  method: "get",
  path: `${PATH}/{id}`,
  tags: ["rotations"],
  summary: "One rotation policy and its ETag",
  permission: "settings:admin",
  request: { params: ParamsSchema },
  responses: { 200: withEtag("The policy"), ...NOT_FOUND },
});

export const updateRotationPolicy = defineRoute({
  method: "put",
  path: `${PATH}/{id}`,
  tags: ["rotations"],
  summary: "Change a rotation policy (If-Match required); audited as policy.change",
  description: "Rotations already running keep the grace period and confirmation they started with.",
  permission: "settings:admin",
  audit,
  request: { params: ParamsSchema, headers: IfMatchHeaderSchema, body },
  responses: { 200: withEtag("The changed policy"), ...CONFLICT, ...NOT_FOUND, ...PRECONDITIONS },
});

export const deleteRotationPolicy = defineRoute({
  method: "delete",
  path: `${PATH}/{id}`,
  tags: ["rotations"],
  summary: "Remove a rotation policy (If-Match required); audited as policy.change",
  description: "Rotations it started keep running; their record no longer names a policy.",
  permission: "settings:admin",
  audit,
  request: { params: ParamsSchema, headers: IfMatchHeaderSchema },
  responses: { 204: { description: "Removed" }, ...NOT_FOUND, ...PRECONDITIONS },
});

export const previewRotationPolicy = defineRoute({
  method: "get",
  path: `${PATH}/{id}/preview`,
  tags: ["rotations"],
  summary: "Dry run: the deployments the policy governs and which it would rotate now, and why",
  description:
    "Reads the synced inventory and the console's key records; nothing is started. Due: the oldest " +
    "key is older than the maximum, no rotation runs, the last one did not fail, and the policy is on.",
  permission: "settings:admin",
  request: { params: ParamsSchema },
  responses: { 200: jsonResponse("The dry run", RotationPreviewSchema), ...NOT_FOUND },
});

import { PosturePolicyChangeSchema, PosturePolicyViewSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { problemResponse } from "../../routing/problem-responses.ts";

export const getPosturePolicy = defineRoute({
  method: "get",
  path: "/policies/posture",
  tags: ["posture"],
  summary: "The posture policy (maximum key age) and its ETag",
  permission: "posture:read",
  responses: {
    200: {
      description: "The policy; ETag header for If-Match",
      content: { "application/json": { schema: PosturePolicyViewSchema } },
    },
  },
});

export const putPosturePolicy = defineRoute({
  method: "put",
  path: "/policies/posture",
  tags: ["posture"],
  summary: "Change the posture policy (If-Match: the current ETag); audited as policy.change",
  permission: "settings:admin",
  audit: { action: "policy.change" },
  request: {
    body: { required: true, content: { "application/json": { schema: PosturePolicyChangeSchema } } },
  },
  responses: {
    200: {
      description: "The new policy; its ETag header",
      content: { "application/json": { schema: PosturePolicyViewSchema } },
    },
    412: problemResponse(
      "precondition_failed: the ETag is not the current one (the current one is in ETag).",
    ),
    428: problemResponse("precondition_required: send If-Match."),
  },
});

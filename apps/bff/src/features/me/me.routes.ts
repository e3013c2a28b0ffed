import { MeSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";

export const getMe = defineRoute({
  method: "get",
  path: "/me",
  tags: ["session"],
  summary: "Who I am: identity, roles and permissions from the verified access token",
  permission: "authenticated",
  responses: {
    200: { description: "The caller", content: { "application/json": { schema: MeSchema } } },
  },
});

import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../routing/define-route.ts";
import { BUNDLE_FILE } from "./scalar-bundle.ts";

const text = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string() } },
});

export const getOpenApiDocument = defineRoute({
  method: "get",
  path: "/openapi.json",
  tags: ["docs"],
  summary: "This API as an OpenAPI 3.1 document, generated from the route definitions",
  permission: "public",
  responses: {
    200: {
      description: "The OpenAPI document",
      content: { "application/json": { schema: z.looseObject({ openapi: z.string() }) } },
    },
  },
});

export const getDocsPage = defineRoute({
  method: "get",
  path: "/docs",
  tags: ["docs"],
  summary:
    "An interactive reference of the OpenAPI document (Scalar, self-hosted): try calls with a bearer token; " +
    "no third-party origin, its inline configuration script allowed by hash",
  permission: "public",
  responses: { 200: text("text/html", "The page") },
});

export const getDocsBundle = defineRoute({
  method: "get",
  path: "/docs/{file}",
  tags: ["docs"],
  summary:
    "The reference page's script (Scalar's browser build, its version in the name): cached for a year, immutable",
  permission: "public",
  request: { params: z.strictObject({ file: z.enum([BUNDLE_FILE]) }) },
  responses: { 200: text("text/javascript", "The script (gzipped when the client accepts it)") },
});

import { z } from "@hono/zod-openapi";
import { defineRoute } from "../define-route.ts";

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
  summary: "A reference page rendering the OpenAPI document (static HTML, no inline script)",
  permission: "public",
  responses: { 200: text("text/html", "The page") },
});

export const getDocsAsset = defineRoute({
  method: "get",
  path: "/docs/{asset}",
  tags: ["docs"],
  summary: "The reference page's script and stylesheet",
  permission: "public",
  request: { params: z.strictObject({ asset: z.enum(["docs.js", "docs.css"]) }) },
  responses: { 200: text("text/javascript", "The asset (docs.js or docs.css)") },
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { createRouter } from "../create-router.ts";
import { getDocsAsset, getDocsPage, getOpenApiDocument } from "./docs.routes.ts";

const ASSETS = path.join(import.meta.dirname, "assets");
const read = (name: string) => readFileSync(path.join(ASSETS, name), "utf8");

const CONTENT_TYPES = { "docs.js": "text/javascript; charset=utf-8", "docs.css": "text/css; charset=utf-8" };

/** The OpenAPI document (built by `document`, once) and the reference page that renders it. */
export function createDocsRouter(document: () => { openapi: string }) {
  const page = read("docs.html");
  const assets = { "docs.js": read("docs.js"), "docs.css": read("docs.css") };
  let cached: { openapi: string } | undefined;
  return createRouter()
    .openapi(getOpenApiDocument, (c) => {
      cached ??= document();
      return c.json(cached, 200);
    })
    .openapi(getDocsPage, (c) => c.html(page, 200))
    .openapi(getDocsAsset, (c) => {
      const { asset } = c.req.valid("param");
      return c.body(assets[asset], 200, { "Content-Type": CONTENT_TYPES[asset] });
    });
}

import { docsPageCsp } from "../../middleware/security-headers.ts";
import { createRouter } from "../../routing/create-router.ts";
import { getDocsBundle, getDocsPage, getOpenApiDocument } from "./docs.routes.ts";
import { acceptsGzip, scalarBundle } from "./scalar-bundle.ts";
import { renderDocsPage } from "./scalar-page.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";

/** The OpenAPI document (built by `document`, once), the reference page that renders it, and its script. */
export function createDocsRouter(document: () => { openapi: string }) {
  // Rendered at start; a failure answers 500 on the page alone (and is not an unhandled rejection).
  const page = renderDocsPage().then(({ html, scriptHashes }) => ({ html, csp: docsPageCsp(scriptHashes) }));
  page.catch(() => undefined);
  const bundle = scalarBundle();
  let cached: { openapi: string } | undefined;
  return createRouter()
    .openapi(getOpenApiDocument, (c) => {
      cached ??= document();
      return c.json(cached, 200);
    })
    .openapi(getDocsPage, async (c) => {
      const { html, csp } = await page;
      // The security headers keep a handler's policy on this one path (DOCS_PAGE_PATH) only.
      return c.html(html, 200, { "Content-Security-Policy": csp, "Cache-Control": "no-cache" });
    })
    .openapi(getDocsBundle, async (c) => {
      const headers = {
        "Content-Type": "text/javascript; charset=utf-8",
        "Cache-Control": IMMUTABLE,
        Vary: "Accept-Encoding",
      };
      if (!acceptsGzip(c.req.header("Accept-Encoding"))) return c.body(await bundle.plain(), 200, headers);
      return c.body(await bundle.gzipped(), 200, { ...headers, "Content-Encoding": "gzip" });
    });
}

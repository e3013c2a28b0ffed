import { createHash } from "node:crypto";
import { Scalar } from "@scalar/hono-api-reference";
import { Hono } from "hono";
import { BUNDLE_URL } from "./scalar-bundle.ts";

/** Scalar's options: the self-hosted bundle, and nothing that calls Scalar's (or anyone's) services. */
export const SCALAR_CONFIG = {
  pageTitle: "Keyturn API reference",
  url: "/api/openapi.json",
  cdn: BUNDLE_URL, // the single-file build, served by the BFF
  favicon: "/favicon.svg", // the console's
  withDefaultFonts: false, // else fonts come from Scalar's font host
  telemetry: false,
  agent: { disabled: true }, // the AI agent is on by default on localhost
  mcp: { disabled: true },
  showDeveloperTools: "never", // its toolbar uploads and shares the document through Scalar's registry
  // No proxyUrl: "try it" calls go straight to this origin, with the bearer token typed in.
  authentication: { preferredSecurityScheme: "bearerAuth" },
  persistAuth: false, // the token is kept in memory, never in localStorage
} satisfies Parameters<typeof Scalar>[0];

export interface DocsPage {
  html: string;
  /** `'sha256-…'` of each inline script (Scalar's configuration script), for the page's script-src. */
  scriptHashes: string[];
}

/** The page as the Scalar integration renders it. Nothing in it depends on the request: rendered once. */
export async function renderDocsPage(): Promise<DocsPage> {
  const response = await new Hono().get("/", Scalar(SCALAR_CONFIG)).request("/");
  const html = (await response.text()).replace("<html>", '<html lang="en">');
  return { html, scriptHashes: inlineScriptHashes(html) };
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ""))
    .map(([, , body]) => `'sha256-${sha256(body ?? "")}'`);
}

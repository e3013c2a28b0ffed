import { cliSnippet } from "./endpoint-snippet-cli.ts";
import { endpointCurlSnippet } from "./endpoint-snippet-curl.ts";
import type { EndpointSnippetInput } from "./endpoint-snippet-parts.ts";
import { endpointPythonSnippet } from "./endpoint-snippet-python.ts";
import { endpointTypescriptSnippet } from "./endpoint-snippet-typescript.ts";

export interface EndpointSnippets {
  python: string;
  curl: string;
  typescript: string;
  cli: string;
}

/** Client code for a v2 online endpoint in each language: its mode, its URI, no secret. */
export function buildEndpointSnippets(input: EndpointSnippetInput): EndpointSnippets {
  return {
    python: endpointPythonSnippet(input),
    curl: endpointCurlSnippet(input),
    typescript: endpointTypescriptSnippet(input),
    cli: cliSnippet(input),
  };
}

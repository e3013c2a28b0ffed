// What the rest of the BFF may use of this capability; everything else in the folder is its own.
export { buildEndpointSnippets } from "./endpoint-snippets.ts";

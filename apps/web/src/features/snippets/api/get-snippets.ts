import { type ClientSnippets, ClientSnippetsSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export type SnippetLanguage = keyof ClientSnippets["snippets"];
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = ["python", "curl", "typescript"];

/** `GET /api/deployments/{workspace}/{name}/snippets`: client code with placeholders, never a secret. */
export const getSnippets = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("deployments", workspace, name, "snippets"), { schema: ClientSnippetsSchema, signal });

/** Keyed by the auth mode too, so a change of mode on the page fetches snippets for the new one. */
export const snippetsQueryOptions = (workspace: string, name: string, authMode?: string) =>
  queryOptions({
    queryKey: queryKeys.deployments.snippets(workspace, name, authMode ?? null),
    queryFn: ({ signal }) => getSnippets(workspace, name, signal),
  });

export const useSnippets = (workspace: string, name: string, authMode?: string) =>
  useQuery(snippetsQueryOptions(workspace, name, authMode));

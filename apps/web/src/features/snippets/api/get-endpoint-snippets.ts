import { type EndpointClientSnippets, EndpointClientSnippetsSchema } from "@keyturn/api-contract";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

export type EndpointSnippetLanguage = keyof EndpointClientSnippets["snippets"];
export const ENDPOINT_SNIPPET_LANGUAGES: readonly EndpointSnippetLanguage[] = [
  "python",
  "curl",
  "typescript",
  "cli",
];

/** `GET /api/endpoints/{workspace}/{name}/snippets[?deployment=]`: client code, never a secret. */
export const getEndpointSnippets = (
  workspace: string,
  name: string,
  deployment: string | null,
  signal?: AbortSignal,
) =>
  api(
    `${apiPath("endpoints", workspace, name, "snippets")}${deployment ? `?${new URLSearchParams({ deployment })}` : ""}`,
    { schema: EndpointClientSnippetsSchema, signal },
  );

/** Keyed by the auth mode too, so a change of mode on the page fetches snippets for the new one. */
export const endpointSnippetsQueryOptions = (
  workspace: string,
  name: string,
  authMode: string,
  deployment: string | null,
) =>
  queryOptions({
    queryKey: ["endpoints", workspace, name, "snippets", authMode, deployment] as const,
    queryFn: ({ signal }) => getEndpointSnippets(workspace, name, deployment, signal),
    // The code of the last deployment stays on screen while the next one's loads.
    placeholderData: keepPreviousData,
  });

export const useEndpointSnippets = (
  workspace: string,
  name: string,
  authMode: string,
  deployment: string | null,
) => useQuery(endpointSnippetsQueryOptions(workspace, name, authMode, deployment));

import { AuthModeSchema } from "@keyturn/auth-domain";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export const SNIPPET_LANGUAGES = ["python", "curl", "typescript"] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

/** Client code for the deployment's auth mode, with placeholders where a key or token goes. */
export const SnippetsSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  mode: AuthModeSchema,
  scoringUri: z.string(),
  /** Token mode: the workspace's token call the snippets use. */
  tokenUrl: z.string().nullable(),
  snippets: z.object({ python: z.string(), curl: z.string(), typescript: z.string() }),
});
export type Snippets = z.infer<typeof SnippetsSchema>;

/** `GET /api/deployments/{workspace}/{name}/snippets` */
export const getSnippets = (workspace: string, name: string, signal?: AbortSignal) =>
  api(apiPath("deployments", workspace, name, "snippets"), { schema: SnippetsSchema, signal });

/** Keyed by the auth mode too, so a change of mode on the page fetches snippets for the new one. */
export const snippetsQueryOptions = (workspace: string, name: string, authMode?: string) =>
  queryOptions({
    queryKey: queryKeys.deployments.snippets(workspace, name, authMode ?? null),
    queryFn: ({ signal }) => getSnippets(workspace, name, signal),
  });

export const useSnippets = (workspace: string, name: string, authMode?: string) =>
  useQuery(snippetsQueryOptions(workspace, name, authMode));

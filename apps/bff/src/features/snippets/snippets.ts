import type { AuthMode } from "@keyturn/auth-domain";
import { curlSnippet } from "./snippet-curl.ts";
import { pythonSnippet } from "./snippet-python.ts";
import { typescriptSnippet } from "./snippet-typescript.ts";

/** What a snippet is built from. Never a secret: keys and tokens are placeholders. */
export interface SnippetInput {
  mode: AuthMode;
  scoringUri: string;
  /** The workspace's token call (POST) for this deployment: token mode fetches its tokens there. */
  tokenUrl: string;
  /** The request body to send (the sample input). */
  input: unknown;
}

/** Placeholders a reader replaces; the console never writes a real secret into a snippet. */
export const PLACEHOLDERS = {
  key: "<your-primary-key>",
  managementToken: "<your-azure-management-token>",
} as const;

export interface Snippets {
  python: string;
  curl: string;
  typescript: string;
}

export function buildSnippets(input: SnippetInput): Snippets {
  return { python: pythonSnippet(input), curl: curlSnippet(input), typescript: typescriptSnippet(input) };
}

/** One line telling how the deployment authenticates, shared by every language (as a comment). */
export function modeComment(mode: AuthMode): string[] {
  if (mode === "key") {
    return [
      "Key authentication: send the primary (or the secondary) key as a bearer credential.",
      "Keep the key out of source control; read it from a secret store or the environment.",
    ];
  }
  if (mode === "token") {
    return [
      "Token authentication: get a token from the workspace's token call (with an Entra ID token for",
      "https://management.azure.com; the Reader role on the workspace is enough), send it as a bearer",
      "credential, and get a new one once `refreshAfter` (Unix seconds) has passed.",
    ];
  }
  return [
    "Authentication is OFF on this deployment: anyone who can reach the scoring URI can call it.",
    "Turn key or token authentication on before sending real data.",
  ];
}

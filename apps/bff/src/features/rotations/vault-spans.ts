import type { SecretClientOptions } from "@azure/keyvault-secrets";
import { startClientSpan } from "../../telemetry/client-span.ts";

type Policy = NonNullable<SecretClientOptions["additionalPolicies"]>[number]["policy"];

/** `vault secrets/{}` for a secret's path (a vault's own host, or path-style locally); names never. */
function vaultOperation(url: string): string {
  const segments = new URL(url).pathname.split("/").map((part) => part.toLowerCase());
  return segments.includes("secrets") ? "vault secrets/{}" : "vault other";
}

/**
 * A Key Vault client's calls as client spans, like the workspace calls' (method, host, region, status;
 * never the secret's name, its value or a token). Per call, above the client's retries and its
 * challenge: one span per write, with the answer the client acted on.
 */
export function vaultSpans(region: string | undefined): Policy {
  return {
    name: "keyturnVaultSpans",
    async sendRequest(request, next) {
      const span = startClientSpan({
        method: request.method,
        url: request.url,
        region,
        operation: vaultOperation(request.url),
      });
      const headers: Record<string, string> = {};
      span.inject(headers);
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      try {
        const response = await next(request);
        span.end(response.status, undefined);
        return response;
      } catch (err) {
        // The client throws for an error answer (a RestError with its status) as for no answer at all.
        const status = (err as { statusCode?: unknown } | null)?.statusCode;
        if (typeof status === "number") span.end(status, undefined);
        else span.end(undefined, err ?? new Error("failed"));
        throw err;
      }
    },
  };
}

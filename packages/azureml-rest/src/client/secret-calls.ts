import { RegenerateKeyBodySchema, ServiceKeysSchema, TokenResponseSchema } from "../keys.ts";
import { v1Paths } from "../paths.ts";
import type { Http } from "./http.ts";
import { pendingFrom } from "./operations.ts";
import { invalidRequest, parseAnswer } from "./parse.ts";
import type { AzureMlClient } from "./types.ts";

type SecretCalls = Pick<AzureMlClient, "listKeys" | "regenerateKey" | "getToken">;

/**
 * The calls whose requests or answers hold secrets: marked `sensitive`, so no error message carries
 * the provider's words, and a schema mismatch names the field, never its value.
 */
export function secretCalls(http: Http): SecretCalls {
  return {
    async listKeys(ref, name) {
      const url = v1Paths.listKeys(ref, name);
      const answer = await http.send({
        label: "listKeys",
        method: "POST",
        url,
        retry: "read",
        sensitive: true,
      });
      return parseAnswer(ServiceKeysSchema, answer.json, "listKeys", answer.status);
    },

    async regenerateKey(ref, name, keyType, keyValue) {
      const body = RegenerateKeyBodySchema.safeParse({ keyType, keyValue: keyValue ?? null });
      if (!body.success) throw invalidRequest("regenerateKey", body.error);
      const answer = await http.send({
        label: "regenerateKey",
        method: "POST",
        url: v1Paths.regenerateKeys(ref, name),
        body: body.data,
        retry: "never",
        sensitive: true,
        redact: keyValue ? [keyValue] : [],
      });
      // An answer body (some versions return the new keys) is not read: listKeys is the one way to a key.
      return pendingFrom(answer, "regenerateKey");
    },

    async getToken(ref, name) {
      const url = v1Paths.token(ref, name);
      const answer = await http.send({
        label: "getToken",
        method: "POST",
        url,
        retry: "once",
        sensitive: true,
      });
      return parseAnswer(TokenResponseSchema, answer.json, "getToken", answer.status);
    },
  };
}

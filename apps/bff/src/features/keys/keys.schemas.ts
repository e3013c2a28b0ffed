import { safeText } from "@keyturn/auth-domain";
import { z } from "../../routing/problem-responses.ts";

// Route plumbing of the key routes (headers); the payloads are the contract's (`@keyturn/api-contract`).

/** If-Match on a regeneration: the keys' ETag from `GET …/keys` (required: 428 without it). */
export const KeysIfMatchHeaderSchema = z.object({
  "if-match": safeText()
    .max(500)
    .optional()
    .openapi({ description: "The keys' current ETag, from GET …/keys (required)." }),
});

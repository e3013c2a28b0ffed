import { z } from "zod";
import { badParameter } from "./vault-errors.ts";
import type { SecretInput } from "./vault-store.ts";

/** Key Vault's limits: a value of at most 25 KB, at most 15 tags. */
const MAX_VALUE_BYTES = 25 * 1024;
const MAX_TAGS = 15;

/** Key Vault's rule for secret names (they compare without case). */
export const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;

const SecretSetBodySchema = z.object({
  value: z.string(),
  contentType: z.string().max(255).nullish(),
  tags: z
    .record(z.string().max(512), z.string().max(256))
    .refine((tags) => Object.keys(tags).length <= MAX_TAGS, `at most ${MAX_TAGS} tags`)
    .nullish(),
  attributes: z
    .object({
      enabled: z.boolean().nullish(),
      nbf: z.number().int().nullish(),
      exp: z.number().int().nullish(),
    })
    .nullish(),
});

export function requireSecretName(name: string): void {
  if (!SECRET_NAME.test(name)) throw badParameter(`The request URI contains an invalid name: ${name}`);
}

/**
 * The body of a set (`{value, contentType?, tags?, attributes?}`), refused with Key Vault's 400
 * BadParameter. A message names the fields at fault, never what they hold.
 */
export function parseSecretSet(text: string): SecretInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badParameter("The request body is not valid JSON.");
  }
  const parsed = SecretSetBodySchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => (i.path.length ? i.path.join(".") : "body")))];
    throw badParameter(`Invalid request body: ${fields.join(", ")}.`);
  }
  const { value, contentType, tags, attributes } = parsed.data;
  if (Buffer.byteLength(value, "utf8") > MAX_VALUE_BYTES)
    throw badParameter(`The secret value exceeds the maximum size of ${MAX_VALUE_BYTES} bytes.`);
  return {
    value,
    contentType,
    tags,
    enabled: attributes?.enabled,
    notBefore: attributes?.nbf,
    expires: attributes?.exp,
  };
}

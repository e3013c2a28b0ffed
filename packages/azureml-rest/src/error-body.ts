import { z } from "zod";

/** ARM's error body: `{"error": {"code", "message", "details"}}` (also what the emulator answers today). */
export const AzureErrorDetailSchema = z.object({ code: z.string(), message: z.string() });
export const AzureErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(AzureErrorDetailSchema).optional(),
  }),
});
export type AzureErrorBody = z.infer<typeof AzureErrorBodySchema>;

/** One entry of a model-management error's `details`; every field is optional in the published API. */
export const ModelErrorDetailSchema = z.object({
  code: z.string().nullish(),
  message: z.string().nullish(),
  target: z.string().nullish(),
});
export type ModelErrorDetail = z.infer<typeof ModelErrorDetailSchema>;

/**
 * Model management's own error body, top level: `{"code", "statusCode", "message", "details"}`
 * (e.g. a 409 `Conflict` whose detail is `ServiceExists`). Also the `error` of an operation status.
 */
export const ModelErrorResponseSchema = z.object({
  code: z.string().nullish(),
  statusCode: z.number().int().nullish(),
  message: z.string().nullish(),
  details: z.array(ModelErrorDetailSchema).nullish(),
});
export type ModelErrorResponse = z.infer<typeof ModelErrorResponseSchema>;

/** What an error answer said, whichever of the shapes it came in. */
export interface ProviderError {
  code: string | undefined;
  message: string | undefined;
  details: { code: string | undefined; message: string | undefined; target: string | undefined }[];
}

const some = (value: string | null | undefined) => (value ? value : undefined);

/** A ModelErrorResponse (an answer's, or an operation's `error`) → what it said. */
export function readModelError(error: ModelErrorResponse): ProviderError {
  return {
    code: some(error.code),
    message: some(error.message),
    details: (error.details ?? []).map((d) => ({
      code: some(d.code),
      message: some(d.message),
      target: some(d.target),
    })),
  };
}

const ArmShapeSchema = z.object({ error: ModelErrorResponseSchema });

/**
 * Reads an error answer of any shape Azure sends: ARM's `{error: {…}}`, model management's top-level
 * ModelErrorResponse, or a gateway's HTML page (its title, else its first heading). Undefined when
 * the body says nothing readable.
 */
export function readProviderError(body: unknown, text: string): ProviderError | undefined {
  const arm = ArmShapeSchema.safeParse(body);
  const shaped = arm.success ? arm.data.error : ModelErrorResponseSchema.safeParse(body).data;
  if (shaped) {
    const error = readModelError(shaped);
    if (error.code || error.message || error.details.length > 0) return error;
  }
  if (body === undefined || typeof body !== "object") {
    const heading = htmlHeading(text);
    if (heading) return { code: undefined, message: heading, details: [] };
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The `<title>` (else the first `<h1>`) of an HTML page, as plain text; undefined for other text. */
export function htmlHeading(text: string): string | undefined {
  if (!/^\s*</.test(text)) return undefined;
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text);
  if (!match?.[1]) return undefined;
  const plain = match[1]
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) return String.fromCharCode(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
  return plain || undefined;
}

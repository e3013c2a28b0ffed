import type { z } from "zod";

/**
 * Reads a screen's filters from the address bar leniently: each field of `schema` on its own, a
 * string trimmed and an empty one absent; a value that is not valid is dropped, not an error (an old
 * bookmark with a value this version no longer knows still opens the screen).
 */
export function parseLenientSearch<Schema extends z.ZodObject>(
  schema: Schema,
  search: Record<string, unknown>,
): z.infer<Schema> {
  const filters: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const raw = search[name];
    const parsed = field.safeParse(typeof raw === "string" ? raw.trim() || undefined : raw);
    if (parsed.success && parsed.data !== undefined) filters[name] = parsed.data;
  }
  return filters as z.infer<Schema>;
}
